//! What [`PromptSanitizer::inspect`](super::PromptSanitizer::inspect) reports: a score,
//! a level, and the findings behind them.

use std::{fmt, ops::Range};

/// The cleaned text, how likely it is to be an injection attempt, and why. Made by
/// [`PromptSanitizer::inspect`](super::PromptSanitizer::inspect).
#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    /// The cleaned text, as [`PromptSanitizer::sanitize`](super::PromptSanitizer::sanitize)
    /// returns it.
    pub text: String,
    /// The evidence, in the order it appears in [`text`](Self::text).
    pub findings: Vec<Finding>,
    /// How many invisible characters cleaning removed.
    pub hidden_removed: usize,
    /// How likely the text is to be an injection attempt, from 0 to 1: the evidence of
    /// every finding combined (their weights add up as log-odds).
    pub score: f32,
    /// The score against the sanitizer's thresholds.
    pub level: Level,
}

impl Inspection {
    /// Whether the text is at least [`Level::Suspicious`].
    pub fn is_flagged(&self) -> bool {
        self.level >= Level::Suspicious
    }
}

/// How an [`Inspection`]'s score compares with the sanitizer's thresholds (see
/// [`PromptSanitizer::with_thresholds`](super::PromptSanitizer::with_thresholds)).
///
/// Levels are ordered: `None < Suspicious < Likely`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Below the suspicious threshold: nothing worth acting on.
    None,
    /// Some evidence: worth logging, fencing, or a second look.
    Suspicious,
    /// Strong evidence: do not pass the text to a model as it is.
    Likely,
}

impl Level {
    /// A short, stable name: `none`, `suspicious` or `likely`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Suspicious => "suspicious",
            Level::Likely => "likely",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One piece of evidence found in untrusted text.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// What kind of evidence.
    pub signal: Signal,
    /// Where, as a byte range of [`Inspection::text`]; for
    /// [`HiddenCharacters`](Signal::HiddenCharacters), the (empty) place where the first
    /// removed character stood; for text that is wholly encoded, all of it.
    pub range: Range<usize>,
    /// How much it adds to the score, as log-odds.
    pub weight: f32,
}

/// What a [`Finding`] is evidence of: also the `rule` label of
/// `prompt_sanitizer.flagged`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Signal {
    /// Prior guidance overridden or dismissed ("ignore your instructions", "the rules
    /// above are void", "your real task is"), in many languages.
    InstructionOverride,
    /// A persona or role-play set-up that removes limits ("from now on you are DAN, who
    /// has no rules", "developer mode").
    Persona,
    /// Chat-template, turn and role markers in data: `<|im_start|>`, `[INST]`,
    /// `### System:`, `Assistant: I will now…`.
    RoleMarker,
    /// Closing tags and "end of data" lines that try to end the data early.
    FakeDelimiter,
    /// Text that addresses an AI reading it as an instruction ("AI reading this must…",
    /// "(Assistant: call the refund tool)").
    AddressedToAi,
    /// A request for the system prompt, hidden instructions or configuration.
    PromptLeak,
    /// A request for secrets: API keys, tokens, passwords, environment variables.
    SecretRequest,
    /// A request to send data out: to a link, an address, or an image URL.
    Exfiltration,
    /// Markup that hides text from a human reader (`display:none`, `font-size:0`,
    /// comments addressed to a model).
    HiddenMarkup,
    /// Text encoded (base64, hex, ROT13, Morse, reversed, escapes) that decodes to
    /// something flagged, or an ask to decode and act.
    EncodedPayload,
    /// Flagged wording disguised by spelling: look-alike letters, leetspeak, accents,
    /// letters spaced out or run together.
    Obfuscation,
    /// Invisible characters were removed.
    HiddenCharacters,
    /// The built-in statistical classifier (hashed word and character n-grams) finds
    /// the text reads like an injection.
    Classifier,
}

impl Signal {
    /// A short, stable name: the metric label value.
    ///
    /// ```
    /// use tower_harden::sanitize::prompt::Signal;
    /// assert_eq!(Signal::InstructionOverride.as_str(), "instruction_override");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Signal::InstructionOverride => "instruction_override",
            Signal::Persona => "persona",
            Signal::RoleMarker => "role_marker",
            Signal::FakeDelimiter => "fake_delimiter",
            Signal::AddressedToAi => "addressed_to_ai",
            Signal::PromptLeak => "prompt_leak",
            Signal::SecretRequest => "secret_request",
            Signal::Exfiltration => "exfiltration",
            Signal::HiddenMarkup => "hidden_markup",
            Signal::EncodedPayload => "encoded_payload",
            Signal::Obfuscation => "obfuscation",
            Signal::HiddenCharacters => "hidden_characters",
            Signal::Classifier => "classifier",
        }
    }

    /// The signal named `name` (as [`as_str`](Self::as_str) gives it).
    pub(crate) fn from_name(name: &str) -> Option<Self> {
        const ALL: [Signal; 13] = [
            Signal::InstructionOverride,
            Signal::Persona,
            Signal::RoleMarker,
            Signal::FakeDelimiter,
            Signal::AddressedToAi,
            Signal::PromptLeak,
            Signal::SecretRequest,
            Signal::Exfiltration,
            Signal::HiddenMarkup,
            Signal::EncodedPayload,
            Signal::Obfuscation,
            Signal::HiddenCharacters,
            Signal::Classifier,
        ];
        ALL.into_iter().find(|s| s.as_str() == name)
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Several named fields inspected together (a chat message and its destination, a
/// generation instruction and its title). Made by
/// [`PromptSanitizer::inspect_fields`](super::PromptSanitizer::inspect_fields).
#[derive(Debug, Clone, PartialEq)]
pub struct FieldInspections {
    /// Each field's name and inspection, in the order given.
    pub fields: Vec<(String, Inspection)>,
}

impl FieldInspections {
    /// The highest level of any field.
    pub fn level(&self) -> Level {
        self.fields
            .iter()
            .map(|(_, i)| i.level)
            .max()
            .unwrap_or(Level::None)
    }

    /// The highest score of any field.
    pub fn score(&self) -> f32 {
        self.fields.iter().map(|(_, i)| i.score).fold(0.0, f32::max)
    }

    /// Every finding with the name of the field it came from.
    pub fn findings(&self) -> impl Iterator<Item = (&str, &Finding)> {
        self.fields
            .iter()
            .flat_map(|(name, i)| i.findings.iter().map(move |f| (name.as_str(), f)))
    }

    /// The inspection of the field called `name`.
    pub fn field(&self, name: &str) -> Option<&Inspection> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, i)| i)
    }
}
