//! Secrets out of what the CMS logs.

/// A database URL without its password (user-info or `password=` parameter), for logs.
pub fn redact(url: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let base = match (base.find("://"), base.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => match base[scheme + 3..at].split_once(':') {
            Some((user, _password)) => format!("{}{user}:***{}", &base[..scheme + 3], &base[at..]),
            None => base.to_owned(),
        },
        _ => base.to_owned(),
    };
    match query {
        None => base,
        Some(query) => {
            let query: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{base}?{}", query.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_never_reach_the_log() {
        assert_eq!(
            super::redact("postgres://cms:s3cret@db:5432/cms"),
            "postgres://cms:***@db:5432/cms"
        );
        assert_eq!(
            super::redact("postgres://db/cms?user=cms&password=s3cret"),
            "postgres://db/cms?user=cms&password=***"
        );
        assert_eq!(
            super::redact("postgres://cms@db/cms"),
            "postgres://cms@db/cms"
        );
        assert_eq!(super::redact("sqlite://./cms.db"), "sqlite://./cms.db");
    }
}
