//! Names that label metrics and logs, cheap to clone on every request.

use std::{borrow::Cow, sync::Arc};

use metrics::SharedString;

/// Turns a programmer-chosen name into a [`SharedString`] whose clone never allocates:
/// a `&'static str` stays borrowed, an owned `String` moves into an `Arc<str>` once.
pub(crate) fn shared(name: impl Into<Cow<'static, str>>) -> SharedString {
    match name.into() {
        Cow::Borrowed(s) => SharedString::const_str(s),
        Cow::Owned(s) => SharedString::from(Arc::<str>::from(s)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_and_owned_names_keep_their_text() {
        assert_eq!(&*shared("llm"), "llm");
        assert_eq!(&*shared(String::from("translation")), "translation");
        let owned = shared(format!("svc-{}", 1));
        assert_eq!(&*owned.clone(), "svc-1");
    }
}
