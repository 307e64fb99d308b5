//! Full-text search over published content: SQLite FTS5 or a PostgreSQL `tsvector`.

use serde_json::Value;
use tower_harden::query::monitor_query;

use super::{
    Backend, Db, DbError,
    contents::{self, Kind, Summary},
};

/// Brings the search index in line with the content item: its words when it is
/// published, nothing when it is not (or no longer exists). Idempotent.
pub async fn index(db: &Db, content_id: i64) -> Result<(), DbError> {
    let content = contents::read(db, content_id)
        .await?
        .filter(|c| c.status == "published");
    let document = content.map(|c| (c.title.clone(), plain_text(&c.blocks)));
    let backend = db.backend();
    let run = db.transaction(|tx| {
        let document = document.clone();
        Box::pin(async move {
            let delete = match backend {
                Backend::Sqlite => "DELETE FROM search_index WHERE content_id = $1",
                Backend::Postgres => "DELETE FROM search_documents WHERE content_id = $1",
            };
            sqlx::query(delete).bind(content_id).execute(&mut **tx).await?;
            if let Some((title, body)) = document {
                let insert = match backend {
                    Backend::Sqlite => "INSERT INTO search_index (title, body, content_id) VALUES ($1, $2, $3)",
                    Backend::Postgres => {
                        "INSERT INTO search_documents (title, body, content_id, document) \
                         VALUES ($1, $2, $3, setweight(to_tsvector('simple', $1), 'A') || to_tsvector('simple', $2))"
                    }
                };
                sqlx::query(insert).bind(title).bind(body).bind(content_id).execute(&mut **tx).await?;
            }
            Ok::<_, DbError>(())
        })
    });
    monitor_query("search.index", run).await
}

/// Published content matching every word of `query`, best first. `None` when the query
/// has no words to look for.
pub async fn search(db: &Db, query: &str, limit: i64) -> Result<Option<Vec<Summary>>, DbError> {
    let words = words(query);
    if words.is_empty() {
        return Ok(None);
    }
    let rows = match db.backend() {
        Backend::Sqlite => {
            // Each word quoted: user text is never FTS5 syntax (no NEAR, no column filters).
            let fts = words
                .iter()
                .map(|w| format!("\"{w}\""))
                .collect::<Vec<_>>()
                .join(" ");
            let query = sqlx::query_as::<_, (i64, String, String, String, Option<i64>)>(
                // The full-text match first (best 200 by rank), then the join: left to
                // itself the planner may walk `contents` and probe the index per row.
                "SELECT c.id, c.kind, c.title, c.slug, c.published_at FROM \
                 (SELECT content_id, rank FROM search_index WHERE search_index MATCH $1 ORDER BY rank LIMIT 200) s \
                 JOIN contents c ON c.id = s.content_id \
                 WHERE c.status = 'published' ORDER BY s.rank, c.id DESC LIMIT $2",
            )
            .bind(fts)
            .bind(limit)
            .fetch_all(db.pool());
            monitor_query("search.query", query).await?
        }
        Backend::Postgres => {
            let query = sqlx::query_as::<_, (i64, String, String, String, Option<i64>)>(
                "SELECT c.id, c.kind, c.title, c.slug, c.published_at FROM search_documents s \
                 JOIN contents c ON c.id = s.content_id \
                 WHERE s.document @@ plainto_tsquery('simple', $1) AND c.status = 'published' \
                 ORDER BY ts_rank(s.document, plainto_tsquery('simple', $1)) DESC, c.id DESC LIMIT $2",
            )
            .bind(words.join(" "))
            .bind(limit)
            .fetch_all(db.pool());
            monitor_query("search.query", query).await?
        }
    };
    let hits = rows
        .into_iter()
        .filter_map(|(id, kind, title, slug, published_at)| {
            let kind = match kind.as_str() {
                "hotel" => Kind::Hotel,
                "attraction" => Kind::Attraction,
                "article" => Kind::Article,
                _ => return None,
            };
            Some(Summary {
                id,
                kind,
                title,
                slug,
                published_at: published_at.unwrap_or_default(),
            })
        })
        .collect();
    Ok(Some(hits))
}

/// The words of a query: letters and digits, lowercased, at most 8 of up to 40 chars.
pub fn words(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(40).collect::<String>().to_lowercase())
        .take(8)
        .collect()
}

/// The readable text of content blocks: every string but the structural ones, with
/// HTML tags dropped.
pub fn plain_text(blocks: &Value) -> String {
    let mut out = String::new();
    collect(blocks, None, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn collect(value: &Value, key: Option<&str>, out: &mut String) {
    match value {
        Value::String(text)
            if !matches!(key, Some("type" | "src" | "href" | "url" | "image" | "id")) =>
        {
            strip_tags(text, out);
            out.push(' ');
        }
        Value::Array(items) => items.iter().for_each(|item| collect(item, key, out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| collect(v, Some(k), out)),
        _ => {}
    }
}

fn strip_tags(html: &str, out: &mut String) {
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn words_are_safe_tokens() {
        assert_eq!(
            words("Burj \"Al\" Arab* NEAR(x) OR title:y"),
            ["burj", "al", "arab", "near", "x", "or", "title", "y"]
        );
        assert!(words("  -- \" * ").is_empty());
        assert_eq!(words("Dubaï café").len(), 2);
    }

    #[test]
    fn plain_text_skips_markup_and_structure() {
        let blocks = json!([
            {"type": "heading", "text": "Old Dubai"},
            {"type": "paragraph", "html": "<p>Wind <b>towers</b></p>"},
            {"type": "image", "src": "https://cdn.example/x.png", "alt": "Creek"}
        ]);
        assert_eq!(plain_text(&blocks), "Old Dubai Wind towers Creek");
    }
}
