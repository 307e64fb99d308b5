//! Which invisible characters a text needs, judged in context and by density.
//!
//! Honest text uses a few invisible characters, each where its script needs one: a ZWJ
//! inside an emoji sequence or after an Indic virama, a ZWNJ inside a Persian or German
//! word, a variation selector after the one character it selects a form of, a direction
//! mark where right-to-left and left-to-right text meet, a Mongolian vowel separator
//! before a final vowel. A carrier uses the same characters to hold data: one after
//! every letter, one before every word, in runs. So each kind is kept only where it has
//! a use, and only while there are few enough of them for that use; past that, every
//! one of that kind in the text goes.

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';
const ZWSP: char = '\u{200B}';
const BLACK_FLAG: char = '\u{1F3F4}';
const CANCEL_TAG: char = '\u{E007F}';

/// What a whole text allows, decided before any character is kept.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    /// Direction marks: the text mixes right-to-left letters with left-to-right letters or
    /// digits, and has no more marks than places where they meet (two each, and one).
    marks: bool,
    /// Joiners between letters (ZWNJ in a word, ZWJ in a joining script): few, far apart.
    letter_joiners: bool,
    /// Zero-width spaces between words of scripts written without spaces: few.
    spaces: bool,
    /// Selectors after letters and ideographs (not emoji): at most a few, apart.
    letter_selectors: bool,
}

impl Context {
    /// What `chars` allows. Text without any of the characters judged in context (most
    /// text) needs no scan.
    pub(crate) fn scan(chars: &[char]) -> Self {
        let judged = |c: &char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}');
        if !chars.iter().any(judged) {
            return Self {
                marks: false,
                letter_joiners: false,
                spaces: false,
                letter_selectors: false,
            };
        }
        Self::count(chars)
    }

    fn count(chars: &[char]) -> Self {
        let (mut letters, mut marks, mut rtl, mut turns) = (0usize, 0usize, false, 0usize);
        let (mut joiners, mut spaces, mut selectors) = (0usize, 0usize, 0usize);
        let mut crowded = false;
        let mut last_invisible: Option<usize> = None;
        let mut last_strong: Option<bool> = None;
        for (i, &c) in chars.iter().enumerate() {
            if let Some(letter) = letter_or_digit(c) {
                letters += usize::from(letter);
                let is_rtl = is_rtl(c);
                rtl |= is_rtl;
                if last_strong.is_some_and(|l| l != is_rtl) {
                    turns += 1;
                }
                last_strong = Some(is_rtl);
            }
            let previous = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            let counted = match c {
                '\u{200E}' | '\u{200F}' | '\u{061C}' => {
                    marks += 1;
                    false
                }
                ZWJ | ZWNJ if !after_virama(previous) && !is_emoji(previous) && !is_emoji(next) => {
                    joiners += 1;
                    true
                }
                ZWSP => {
                    spaces += 1;
                    true
                }
                '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' if !is_emoji(previous) => {
                    selectors += 1;
                    true
                }
                _ => false,
            };
            if counted {
                // Two within two characters: one per letter, which no script does.
                crowded |= last_invisible.is_some_and(|l| i - l <= 2);
                last_invisible = Some(i);
            }
        }
        Self {
            marks: rtl && turns > 0 && marks <= 1 + 2 * turns,
            letter_joiners: !crowded && joiners * 4 <= letters,
            spaces: !crowded && spaces * 4 <= letters,
            letter_selectors: !crowded && selectors <= 3,
        }
    }
}

/// What a filter does with a character [`judge`] has a rule for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Keep it and what belongs with it: this many characters (a flag's tag sequence).
    Keep(usize),
    Remove,
}

/// Whether `c` is a character [`judge`] rules on (or one the HTML filter always
/// removes), apart from the black flag, which only matters before tag characters: text
/// without any of these has nothing to strip.
#[cfg(feature = "sanitize-html")]
pub(crate) fn may_carry(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{2066}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{E0000}'..='\u{E01EF}')
}

/// The rule for `chars[at]`, given the last character kept before it: joiners,
/// zero-width spaces, variation selectors, direction marks, Mongolian selectors, and
/// tag characters (kept only in a recommended flag sequence after a black flag).
/// `None` for every other character.
pub(crate) fn judge(
    context: Context,
    chars: &[char],
    at: usize,
    previous: Option<char>,
) -> Option<Verdict> {
    let c = *chars.get(at)?;
    let next = chars.get(at + 1).copied();
    let keep = match c {
        ZWJ | ZWNJ => keep_joiner(context, c, previous, next),
        ZWSP => keep_space(context, previous, next),
        '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' => {
            keep_selector(context, c, previous, next)
        }
        '\u{200E}' | '\u{200F}' | '\u{061C}' => keep_mark(context, previous, next),
        '\u{180B}'..='\u{180F}' => keep_mongolian(c, previous, next),
        BLACK_FLAG => return Some(Verdict::Keep(1 + flag_tags(&chars[at + 1..]))),
        '\u{E0000}'..='\u{E007F}' => false,
        _ => return None,
    };
    Some(if keep {
        Verdict::Keep(1)
    } else {
        Verdict::Remove
    })
}

/// Whether a ZWJ or ZWNJ stays.
fn keep_joiner(context: Context, joiner: char, previous: Option<char>, next: Option<char>) -> bool {
    // After a virama it asks for a half form or a chillu, even at the end of a word.
    if after_virama(previous) {
        return true;
    }
    // After an emoji's presentation selector, inside an emoji sequence (❤️‍🔥).
    if previous == Some('\u{FE0F}') && is_emoji(next) {
        return true;
    }
    let visible = |c: Option<char>| {
        c.is_some_and(|c| {
            !c.is_whitespace() && !is_invisible(c) && !matches!(c, ZWJ | ZWNJ) && !is_selector(c)
        })
    };
    if !visible(previous) || !visible(next) {
        return false;
    }
    if is_emoji(previous) || is_emoji(next) {
        return true;
    }
    // Between letters of a joining script (می‌خواهم) either may stand. Between ASCII
    // letters only a ZWNJ that keeps an f-ligature from forming at a word's seam
    // (Auf‌lage, Schiff‌fahrt); anywhere else it only splits a word ("Dis‌regard").
    let ascii = previous.is_some_and(|c| c.is_ascii()) && next.is_some_and(|c| c.is_ascii());
    let ligature = matches!(previous, Some('f' | 'F'))
        && matches!(next, Some('f' | 'i' | 'l' | 't' | 'j' | 'b' | 'h' | 'k'));
    context.letter_joiners && (!ascii || (joiner == ZWNJ && ligature))
}

/// Whether a zero-width space stays: between words of a script written without spaces
/// (Thai, Khmer, Lao, Myanmar, Japanese), where it marks where a line may break.
fn keep_space(context: Context, previous: Option<char>, next: Option<char>) -> bool {
    let unspaced = |c: Option<char>| {
        c.is_some_and(|c| matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}' | '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}'))
    };
    context.spaces && unspaced(previous) && unspaced(next)
}

/// Whether a variation selector (1–16, or 17–256) stays: one, right after the character
/// it selects a form of. Emoji take the text or emoji selector; keycaps too; letters and
/// ideographs only a few in a whole text (standardized and ideographic variants are
/// rare), never one per character.
fn keep_selector(
    context: Context,
    selector: char,
    previous: Option<char>,
    next: Option<char>,
) -> bool {
    let Some(p) = previous else { return false };
    if p.is_whitespace() || is_selector(p) || matches!(p, ZWJ | ZWNJ) || is_invisible(p) {
        return false;
    }
    if p.is_ascii() {
        return matches!(p, '0'..='9' | '#' | '*')
            && matches!(selector, '\u{FE0E}' | '\u{FE0F}')
            && next == Some('\u{20E3}');
    }
    if is_emoji(Some(p)) {
        return matches!(selector, '\u{FE0E}' | '\u{FE0F}');
    }
    if matches!(selector, '\u{E0100}'..='\u{E01EF}') && !is_cjk_ideograph(p) {
        return false;
    }
    context.letter_selectors
}

/// Whether a direction mark (LRM, RLM, ALM) stays: in text that mixes directions, not
/// in a run, not inside an ASCII word.
fn keep_mark(context: Context, previous: Option<char>, next: Option<char>) -> bool {
    let is_mark = |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}');
    let inside_ascii_word = matches!((previous, next), (Some(p), Some(n)) if p.is_ascii_alphanumeric() && n.is_ascii_alphanumeric());
    context.marks
        && !previous.is_some_and(is_mark)
        && !next.is_some_and(is_mark)
        && !inside_ascii_word
}

/// Whether a Mongolian free variation selector or vowel separator stays: right after a
/// Mongolian letter (the separator also before one).
fn keep_mongolian(c: char, previous: Option<char>, next: Option<char>) -> bool {
    let letter = |c: Option<char>| c.is_some_and(|c| matches!(c, '\u{1820}'..='\u{18AA}'));
    match c {
        '\u{180E}' => letter(previous) && letter(next),
        _ => letter(previous),
    }
}

/// Characters that render as nothing and carry nothing a reader can see.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00}'..='\u{08}' | '\u{0E}'..='\u{1F}' | '\u{7F}'..='\u{84}' | '\u{86}'..='\u{9F}'
        | '\u{AD}'                    // soft hyphen
        | '\u{34F}'                   // combining grapheme joiner
        | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers
        | '\u{17B4}' | '\u{17B5}'     // Khmer inherent vowels
        | '\u{180B}'..='\u{180F}'     // Mongolian selectors and separator (see keep_mongolian)
        | '\u{200B}'                  // zero-width space (see keep_space)
        | '\u{202A}'..='\u{202E}'     // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'     // word joiner, invisible operators
        | '\u{2066}'..='\u{206F}'     // bidi isolates, deprecated format characters
        | '\u{FEFF}'                  // zero-width no-break space
        | '\u{FFF9}'..='\u{FFFB}'     // interlinear annotation
        | '\u{1D173}'..='\u{1D17A}'   // musical format characters
        | '\u{1BCA0}'..='\u{1BCA3}'   // shorthand format controls
        | '\u{13430}'..='\u{1343F}'   // Egyptian hieroglyph format controls
        | '\u{E0000}'..='\u{E007F}'   // tag characters outside a flag sequence
    )
}

pub(crate) fn is_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// `Some(c.is_alphabetic())` when `c` is alphanumeric, `None` otherwise: the ranges most
/// text is written in are answered without the Unicode tables.
fn letter_or_digit(c: char) -> Option<bool> {
    match c {
        'a'..='z' | 'A'..='Z' => Some(true),
        '0'..='9' => Some(false),
        '\0'..='\u{7F}' => None,
        '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{FF}'
        | '\u{0410}'..='\u{044F}'
        | '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{0E01}'..='\u{0E30}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' => Some(true),
        c if c.is_alphabetic() => Some(true),
        c => c.is_numeric().then_some(false),
    }
}

fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// Viramas of the Indic scripts (and Sinhala's al-lakuna, Myanmar's asat, Khmer's coeng).
fn after_virama(previous: Option<char>) -> bool {
    previous.is_some_and(|c| {
        matches!(
            c,
            '\u{094D}'
                | '\u{09CD}'
                | '\u{0A4D}'
                | '\u{0ACD}'
                | '\u{0B4D}'
                | '\u{0BCD}'
                | '\u{0C4D}'
                | '\u{0CCD}'
                | '\u{0D4D}'
                | '\u{0DCA}'
                | '\u{1039}'
                | '\u{103A}'
                | '\u{17D2}'
                | '\u{A8C4}'
                | '\u{1B44}'
        )
    })
}

/// Pictographs, symbols and emoji modifiers: what emoji sequences are made of.
fn is_emoji(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        matches!(c, '\u{00A9}' | '\u{00AE}' | '\u{203C}' | '\u{2049}' | '\u{2122}' | '\u{2139}'
            | '\u{2194}'..='\u{21AA}' | '\u{231A}'..='\u{23FF}' | '\u{24C2}' | '\u{25AA}'..='\u{27BF}'
            | '\u{2934}' | '\u{2935}' | '\u{2B05}'..='\u{2B55}' | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}'
            | '\u{1F000}'..='\u{1FAFF}' | '\u{20E3}')
    })
}

pub(crate) fn is_cjk_ideograph(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}' | '\u{30000}'..='\u{323AF}'
    )
}
/// The subdivision flags Unicode recommends for general interchange (RGI): England,
/// Scotland and Wales. Any other tag run after a black flag renders as a plain flag and
/// can only carry hidden text.
const RGI_FLAG_TAGS: [&str; 3] = ["gbeng", "gbsct", "gbwls"];

/// The number of tag characters after a black flag that form one of the RGI flag
/// sequences (tag letters, then a cancel tag); zero otherwise.
fn flag_tags(after: &[char]) -> usize {
    let letters: String = after
        .iter()
        .take(6)
        .map_while(|&c| match c {
            '\u{E0061}'..='\u{E007A}' => char::from_u32(c as u32 - 0xE0000),
            _ => None,
        })
        .collect();
    let valid =
        RGI_FLAG_TAGS.contains(&letters.as_str()) && after.get(letters.len()) == Some(&CANCEL_TAG);
    if valid { letters.len() + 1 } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::letter_or_digit;

    #[test]
    fn the_fast_letter_ranges_agree_with_the_unicode_tables_everywhere() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected = c.is_alphanumeric().then(|| c.is_alphabetic());
            assert_eq!(letter_or_digit(c), expected, "{:X}", c as u32);
        }
    }
}
