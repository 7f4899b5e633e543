//! Signals: named detectors over normalized text.
//!
//! A [`Signal`] is one thing a scammer (or a protective bystander) says, such
//! as "I recorded your video call" or "send 5000 now". The phrasings live in
//! per-language pattern tables (`tables/*.tsv`) so the lexicon can grow
//! without code changes; [`SignalMatcher`] compiles them once and scans each
//! message in one pass. [`indicators`] pulls payment handles, phone numbers,
//! wallets and links out of the original text for linking cases.

pub mod indicators;
mod matcher;
pub mod sequence;

pub use indicators::{Indicator, IndicatorExtractor, IndicatorKind, Indicators};
pub use matcher::SignalMatcher;

use serde::{Deserialize, Serialize};

/// One kind of statement the matcher recognises.
///
/// The first group is the sextortion escalation (see [`Signal::is_stage`]),
/// then generic pressure tactics, then messaging-scam families, then
/// protective signals that help tell awareness posts and refusing victims
/// apart from the real thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// A stranger opening a chat ("hi dear", "i saw your profile").
    FirstContact,
    /// Compliments used to build rapport quickly.
    Flattery,
    /// Moving the chat to a private app or asking for a number.
    PlatformMove,
    /// Asking for a video call or the camera to be switched on.
    VideoCallRequest,
    /// Asking the victim to undress on camera (non-graphic phrasings only).
    UndressRequest,
    /// Claiming to hold a recording or screenshots of the victim.
    RecordingClaim,
    /// Threatening to send or post the material to family, friends or online.
    LeakThreat,
    /// Claiming to hold the victim's contacts, followers or family numbers.
    ContactHarvest,
    /// Demanding money, often with an amount.
    MoneyDemand,
    /// A way to pay: UPI, bank transfer, wallets, crypto, gift cards.
    PaymentChannel,
    /// Time pressure and ultimatums ("within 1 hour", "warna").
    Urgency,
    /// Posing as police, cyber cell, courts, "YouTube officers" and the like.
    AuthorityImpersonation,
    /// Telling the victim to keep quiet or delete the chat.
    Secrecy,
    /// Asking for a one-time password or verification code.
    OtpRequest,
    /// "Your KYC is pending, update or your account is blocked."
    KycUpdate,
    /// Prize, lottery, lucky-draw and "you have won" lures.
    PrizeLottery,
    /// Paid like/review tasks and "work from home" job lures.
    TaskJob,
    /// Guaranteed or outsized investment returns.
    InvestmentReturns,
    /// Shortened links, app packages and look-alike login links.
    SuspiciousLink,
    /// The victim pleading ("please delete it", "mere paas paise nahi").
    Plea,
    /// Awareness and advice ("beware of", "report to 1930"): protective.
    Warning,
    /// Refusing, blocking or going to the police: protective.
    Refusal,
}

impl Signal {
    /// Every signal, in declaration order (the order of feature names).
    pub const ALL: &'static [Signal] = &[
        Signal::FirstContact,
        Signal::Flattery,
        Signal::PlatformMove,
        Signal::VideoCallRequest,
        Signal::UndressRequest,
        Signal::RecordingClaim,
        Signal::LeakThreat,
        Signal::ContactHarvest,
        Signal::MoneyDemand,
        Signal::PaymentChannel,
        Signal::Urgency,
        Signal::AuthorityImpersonation,
        Signal::Secrecy,
        Signal::OtpRequest,
        Signal::KycUpdate,
        Signal::PrizeLottery,
        Signal::TaskJob,
        Signal::InvestmentReturns,
        Signal::SuspiciousLink,
        Signal::Plea,
        Signal::Warning,
        Signal::Refusal,
    ];

    /// Signals that can only raise the sextortion head's score (training
    /// bounds their weights at zero from below).
    pub const SEXTORTION_RISK: &'static [Signal] = &[
        Signal::VideoCallRequest,
        Signal::UndressRequest,
        Signal::RecordingClaim,
        Signal::LeakThreat,
        Signal::ContactHarvest,
        Signal::MoneyDemand,
        Signal::PaymentChannel,
        Signal::Urgency,
        Signal::AuthorityImpersonation,
        Signal::Secrecy,
    ];

    /// Signals that can only raise the scam head's score.
    pub const SCAM_RISK: &'static [Signal] = &[
        Signal::OtpRequest,
        Signal::KycUpdate,
        Signal::PrizeLottery,
        Signal::TaskJob,
        Signal::InvestmentReturns,
        Signal::SuspiciousLink,
        Signal::MoneyDemand,
        Signal::PaymentChannel,
        Signal::Urgency,
        Signal::AuthorityImpersonation,
    ];

    /// The stable snake_case name used in tables, feature names and reports.
    pub fn name(&self) -> &'static str {
        match self {
            Signal::FirstContact => "first_contact",
            Signal::Flattery => "flattery",
            Signal::PlatformMove => "platform_move",
            Signal::VideoCallRequest => "video_call_request",
            Signal::UndressRequest => "undress_request",
            Signal::RecordingClaim => "recording_claim",
            Signal::LeakThreat => "leak_threat",
            Signal::ContactHarvest => "contact_harvest",
            Signal::MoneyDemand => "money_demand",
            Signal::PaymentChannel => "payment_channel",
            Signal::Urgency => "urgency",
            Signal::AuthorityImpersonation => "authority_impersonation",
            Signal::Secrecy => "secrecy",
            Signal::OtpRequest => "otp_request",
            Signal::KycUpdate => "kyc_update",
            Signal::PrizeLottery => "prize_lottery",
            Signal::TaskJob => "task_job",
            Signal::InvestmentReturns => "investment_returns",
            Signal::SuspiciousLink => "suspicious_link",
            Signal::Plea => "plea",
            Signal::Warning => "warning",
            Signal::Refusal => "refusal",
        }
    }

    /// The inverse of [`Signal::name`].
    pub fn from_name(s: &str) -> Option<Signal> {
        Signal::ALL.iter().copied().find(|sig| sig.name() == s)
    }

    /// Whether this signal is a step of the sextortion escalation, from the
    /// first approach to the fake-authority follow-up.
    pub fn is_stage(&self) -> bool {
        self.stage_order().is_some()
    }

    /// Position in the usual sextortion escalation (0 = first approach), so
    /// sequence features can tell "threat after recording" from noise.
    /// Signals that share a number usually appear together.
    pub fn stage_order(&self) -> Option<u8> {
        Some(match self {
            Signal::FirstContact | Signal::Flattery => 0,
            Signal::PlatformMove => 1,
            Signal::VideoCallRequest => 2,
            Signal::UndressRequest => 3,
            Signal::RecordingClaim => 4,
            Signal::LeakThreat | Signal::ContactHarvest => 5,
            Signal::MoneyDemand => 6,
            Signal::AuthorityImpersonation => 7,
            _ => return None,
        })
    }

    /// Signals that point away from abuse: awareness, advice, refusal.
    pub fn is_protective(&self) -> bool {
        matches!(self, Signal::Warning | Signal::Refusal)
    }
}

impl std::fmt::Display for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One signal found in one message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub signal: Signal,
    /// Index of the message in its conversation.
    pub message: usize,
    /// Byte span in the ORIGINAL message text.
    pub span: (usize, usize),
    /// The original text at `span`.
    pub text: String,
    /// Language of the table that matched: "en", "hi-Latn", "hi", "mr" or
    /// "indic-Latn" (Tamil, Telugu, Kannada, Malayalam, Bengali, Gujarati, Punjabi).
    pub lang: &'static str,
}

#[cfg(test)]
mod tests;
