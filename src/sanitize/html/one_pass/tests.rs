use super::reader::{ELEMENTS, element};
use super::reads_the_same;

#[test]
fn every_element_is_found_by_its_name_in_any_case() {
    for (index, name) in ELEMENTS.iter().enumerate() {
        assert_eq!(element(name.as_bytes()), Some(index));
        assert_eq!(element(name.to_ascii_uppercase().as_bytes()), Some(index));
    }
    assert_eq!(element(b"pre"), None);
    assert_eq!(element(b"blockquotes"), None);
}

#[test]
fn markup_that_reads_the_same_settles_in_one_pass() {
    for (input, output) in [
        ("<p>Fish &amp; chips</p>", "<p>Fish &amp; chips</p>"),
        (
            r#"<p class="x">A <a href="https://a.example/">link</a></p>"#,
            r#"<p>A <a href="https://a.example/" rel="noopener noreferrer nofollow">link</a></p>"#,
        ),
        (
            "<P>caf&#233; &quot;ok&quot;<BR/></P>",
            "<p>café \"ok\"<br></p>",
        ),
        ("<p title='a>b'>x</p>", "<p title=\"a>b\">x</p>"),
        ("a\r\nb < c", "a\nb &lt; c"),
        // A tbody the parser implies, written out, in nested tables too.
        (
            "<table>\n<tr><td>a</td></tr>\n</table>",
            "<table>\n<tbody><tr><td>a</td></tr>\n</tbody></table>",
        ),
        (
            "<table><caption>c</caption><tr><td><table><tr><td>b</td></tr></table></td></tr></table>",
            "<table><caption>c</caption><tbody><tr><td><table><tbody><tr><td>b</td></tr></tbody></table></td></tr></tbody></table>",
        ),
    ] {
        assert!(reads_the_same(input, output), "{input:?} -> {output:?}");
    }
}

#[test]
fn anything_moved_removed_or_unmodelled_asks_for_another_pass() {
    for (input, output) in [
        // Removed element, misnested end tag (ammonia #185).
        ("<p><x-y>a</x-y></p>", "<p>a</p>"),
        ("<h1><a><h6></a></h6>", "<h1><a></a><h6><a></a></h6></h1>"),
        // A tbody where the input has none and implies none, or an implied one
        // closed early by an explicit section.
        ("<p><tr>a</tr></p>", "<p><tbody><tr>a</tr></tbody></p>"),
        (
            "<table><tr><td>a</td></tr><tbody><tr><td>b</td></tr></tbody></table>",
            "<table><tbody><tr><td>a</td></tr></tbody><tbody><tr><td>b</td></tr></tbody></table>",
        ),
        (
            "<table><tr><td>a</td></tr>",
            "<table><tbody><tr><td>a</td></tr></tbody></table>",
        ),
        // Text moved out of a table.
        ("<table>x</table>", "x<table></table>"),
        // References the reader does not decode, or decodes to what a parser drops.
        ("a&#13;b", "a\rb"),
        ("&#xFEFF;x", "\u{FEFF}x"),
        ("&eacute;", "é"),
        // Comments, pre, unknown tags, a tag cut off by the end of input.
        ("<p>a<!-- b --></p>", "<p>a</p>"),
        ("<pre>\n\nx</pre>", "<pre>\nx</pre>"),
        ("<p>a</p><p", "<p>a</p>"),
        ("<p title=\"a>b</p>", ""),
    ] {
        assert!(!reads_the_same(input, output), "{input:?} -> {output:?}");
    }
}
