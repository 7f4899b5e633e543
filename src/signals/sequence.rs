//! Sequence features: the escalation pattern as numbers.
//!
//! A single "video call" or "send money" means little; the sextortion
//! pattern is their order (call -> undress -> record -> threaten -> demand),
//! who drives it, and how fast it moves. [`SequenceState`] is updated one
//! message at a time, so the same code yields the features of the whole
//! conversation and the running state after every message (early warning).

use ahash::AHashMap;

use super::indicators::{IndicatorKind, Indicators};
use super::{Hit, Signal};

/// The escalation chain, in the order the racket runs it.
pub const ESCALATION: [Signal; 5] = [
    Signal::VideoCallRequest,
    Signal::UndressRequest,
    Signal::RecordingClaim,
    Signal::LeakThreat,
    Signal::MoneyDemand,
];

/// Signals whose author is "driving" coercion.
const COERCIVE: [Signal; 5] = [
    Signal::RecordingClaim,
    Signal::LeakThreat,
    Signal::MoneyDemand,
    Signal::ContactHarvest,
    Signal::Urgency,
];

/// How many messages apart two stages may be and still count as one move.
pub const WINDOW: usize = 4;

/// Names of the pairwise windowed co-occurrence features and their signals.
const WINDOWS: [(&str, Signal, Signal); 6] = [
    ("threat_demand", Signal::LeakThreat, Signal::MoneyDemand),
    (
        "recording_threat",
        Signal::RecordingClaim,
        Signal::LeakThreat,
    ),
    ("threat_channel", Signal::LeakThreat, Signal::PaymentChannel),
    (
        "authority_demand",
        Signal::AuthorityImpersonation,
        Signal::MoneyDemand,
    ),
    (
        "recording_demand",
        Signal::RecordingClaim,
        Signal::MoneyDemand,
    ),
    ("harvest_threat", Signal::ContactHarvest, Signal::LeakThreat),
];

/// Running per-conversation state of signals and sequence.
#[derive(Debug, Clone, Default)]
pub struct SequenceState {
    messages: usize,
    /// Per signal: messages it fired in, first and last message index.
    count: Vec<u32>,
    first: Vec<Option<usize>>,
    last: Vec<Option<usize>>,
    /// Coercive hits per sender.
    coercive_by_sender: AHashMap<String, u32>,
    coercive_total: u32,
    /// Senders who threatened to leak, and who demanded money.
    threateners: Vec<String>,
    demanders: Vec<String>,
    /// Someone threatened or demanded and another party then pleaded,
    /// refused or bargained: coercion aimed at a person in the chat, not
    /// a story about it.
    answered: bool,
    windows: [bool; WINDOWS.len()],
    authority_after_threat: bool,
    /// Timestamps (seconds) of the first video call and the first threat.
    call_ts: Option<i64>,
    threat_ts: Option<i64>,
    indicators: [u32; IndicatorKind::ALL.len()],
    signal_set: Vec<Signal>,
}

impl SequenceState {
    pub fn new() -> Self {
        let n = Signal::ALL.len();
        SequenceState {
            count: vec![0; n],
            first: vec![None; n],
            last: vec![None; n],
            signal_set: Vec::with_capacity(8),
            ..Default::default()
        }
    }

    /// Stable names of the features [`fill`](Self::fill) writes, in order.
    pub fn feature_names() -> Vec<String> {
        let mut names = Names(Vec::new());
        SequenceState::new().features(&mut names);
        names.0
    }

    /// Adds the hits and indicators of message `index` (its position in
    /// the conversation, system messages included).
    pub fn push(
        &mut self,
        index: usize,
        sender: &str,
        ts: Option<&str>,
        hits: &[Hit],
        indicators: &Indicators,
    ) {
        self.messages += 1;
        let ts = ts.and_then(parse_ts);

        self.signal_set.clear();
        self.signal_set.extend(hits.iter().map(|h| h.signal));
        self.signal_set.sort_unstable();
        self.signal_set.dedup();
        for &signal in &self.signal_set {
            let i = signal as usize;
            self.count[i] += 1;
            self.first[i].get_or_insert(index);
            self.last[i] = Some(index);
            if COERCIVE.contains(&signal) {
                self.coercive_total += 1;
                *self
                    .coercive_by_sender
                    .entry(sender.to_string())
                    .or_default() += 1;
            }
            if signal == Signal::VideoCallRequest && self.call_ts.is_none() {
                self.call_ts = ts;
            }
            if signal == Signal::LeakThreat && self.threat_ts.is_none() {
                self.threat_ts = ts;
            }
        }
        let coerced_by_other = |list: &[String]| list.iter().any(|s| s != sender);
        if !self.answered
            && self
                .signal_set
                .iter()
                .any(|s| matches!(s, Signal::Plea | Signal::Refusal))
            && (coerced_by_other(&self.threateners) || coerced_by_other(&self.demanders))
        {
            self.answered = true;
        }
        if self.signal_set.contains(&Signal::LeakThreat)
            && !self.threateners.iter().any(|s| s == sender)
        {
            self.threateners.push(sender.to_string());
        }
        if self.signal_set.contains(&Signal::MoneyDemand)
            && !self.demanders.iter().any(|s| s == sender)
        {
            self.demanders.push(sender.to_string());
        }
        for (k, (_, a, b)) in WINDOWS.iter().enumerate() {
            if !self.windows[k] && self.signal_set.iter().any(|s| s == a || s == b) {
                self.windows[k] = self.within_window(*a, *b, index);
            }
        }
        if self.signal_set.contains(&Signal::AuthorityImpersonation)
            && (self.first_of(Signal::LeakThreat).is_some()
                || self
                    .first_of(Signal::RecordingClaim)
                    .is_some_and(|f| f < index))
        {
            self.authority_after_threat = true;
        }
        for (slot, (_, list)) in self.indicators.iter_mut().zip(indicators.by_kind()) {
            *slot += list.len() as u32;
        }
    }

    fn first_of(&self, s: Signal) -> Option<usize> {
        self.first[s as usize]
    }

    fn within_window(&self, a: Signal, b: Signal, index: usize) -> bool {
        match (self.last[a as usize], self.last[b as usize]) {
            (Some(x), Some(y)) => x.abs_diff(y) <= WINDOW && (x == index || y == index),
            _ => false,
        }
    }

    /// Number of speech messages pushed so far.
    pub fn messages(&self) -> usize {
        self.messages
    }

    /// Messages in which `signal` fired so far.
    pub fn count(&self, signal: Signal) -> u32 {
        self.count[signal as usize]
    }

    /// Writes the feature values, in [`feature_names`](Self::feature_names) order.
    pub fn fill(&self, out: &mut Vec<f32>) {
        out.clear();
        self.features(&mut Values(out));
    }

    /// The one table of sequence features: every feature's name and value,
    /// in order. [`feature_names`](Self::feature_names) keeps the names and
    /// [`fill`](Self::fill) the values, so the two cannot drift apart; each
    /// sink evaluates only its half (no names are built while scoring).
    fn features(&self, f: &mut impl FeatureSink) {
        for (s, c) in Signal::ALL.iter().zip(&self.count) {
            f.put(|| format!("sig:{}", s.name()), || (*c as f32).ln_1p());
        }
        for (i, a) in ESCALATION.iter().enumerate() {
            for b in &ESCALATION[i + 1..] {
                f.put(
                    || format!("seq:{}<{}", a.name(), b.name()),
                    || {
                        let ordered = match (self.first_of(*a), self.last[*b as usize]) {
                            (Some(x), Some(y)) => x <= y,
                            _ => false,
                        };
                        ordered as u8 as f32
                    },
                );
            }
        }
        f.put(
            || "seq:stages_present".into(),
            || {
                let present = ESCALATION.iter().filter(|s| self.count(**s) > 0).count();
                present as f32 / ESCALATION.len() as f32
            },
        );
        f.put(
            || "seq:ordered_chain".into(),
            || self.ordered_chain() as f32 / ESCALATION.len() as f32,
        );
        for ((name, _, _), w) in WINDOWS.iter().zip(self.windows) {
            f.put(|| format!("seq:window:{name}"), || w as u8 as f32);
        }
        f.put(
            || "seq:authority_after_threat".into(),
            || self.authority_after_threat as u8 as f32,
        );
        let top = || self.coercive_by_sender.values().copied().max().unwrap_or(0);
        f.put(
            || "seq:coercion_one_sender".into(),
            || (self.coercive_total >= 2 && top() == self.coercive_total) as u8 as f32,
        );
        // Share of coercive moves by the most coercive sender; only
        // meaningful once there are several moves.
        f.put(
            || "seq:coercion_share".into(),
            || {
                if self.coercive_total >= 2 {
                    top() as f32 / self.coercive_total as f32
                } else {
                    0.0
                }
            },
        );
        f.put(
            || "seq:fast_call_to_threat".into(),
            || {
                let fast = match (self.call_ts, self.threat_ts) {
                    (Some(c), Some(t)) => t >= c && t - c <= 6 * 3600,
                    _ => false,
                };
                fast as u8 as f32
            },
        );
        f.put(
            || "seq:threat_and_demand_one_sender".into(),
            || {
                let one = self.threateners.iter().any(|t| self.demanders.contains(t));
                one as u8 as f32
            },
        );
        f.put(
            || "seq:coercion_answered".into(),
            || self.answered as u8 as f32,
        );
        for (kind, n) in IndicatorKind::ALL.iter().zip(self.indicators) {
            f.put(|| format!("ind:{}", kind.name()), || (n as f32).ln_1p());
        }
    }

    /// Length of the longest run of escalation stages whose first
    /// occurrences appear in chain order.
    fn ordered_chain(&self) -> usize {
        let firsts: Vec<usize> = ESCALATION
            .iter()
            .filter_map(|s| self.first_of(*s))
            .collect();
        // Longest non-decreasing subsequence; five items, so quadratic is fine.
        let mut best = vec![1usize; firsts.len()];
        for i in 0..firsts.len() {
            for j in 0..i {
                if firsts[j] <= firsts[i] {
                    best[i] = best[i].max(best[j] + 1);
                }
            }
        }
        best.into_iter().max().unwrap_or(0)
    }

    /// The escalation stages reached so far: (stage, first message index).
    pub fn stages(&self) -> Vec<(Signal, usize)> {
        let mut stages: Vec<(Signal, usize)> = Signal::ALL
            .iter()
            .filter(|s| s.is_stage())
            .filter_map(|s| self.first_of(*s).map(|f| (*s, f)))
            .collect();
        stages.sort_by_key(|(s, f)| (*f, *s));
        stages
    }
}

/// Where [`SequenceState::features`] writes: names or values.
trait FeatureSink {
    fn put(&mut self, name: impl FnOnce() -> String, value: impl FnOnce() -> f32);
}

struct Names(Vec<String>);

impl FeatureSink for Names {
    fn put(&mut self, name: impl FnOnce() -> String, _: impl FnOnce() -> f32) {
        self.0.push(name());
    }
}

struct Values<'a>(&'a mut Vec<f32>);

impl FeatureSink for Values<'_> {
    fn put(&mut self, _: impl FnOnce() -> String, value: impl FnOnce() -> f32) {
        self.0.push(value());
    }
}

/// Seconds since an arbitrary epoch for `YYYY-MM-DDTHH:MM[:SS]` prefixes;
/// only differences are used, so the zone suffix is ignored.
fn parse_ts(ts: &str) -> Option<i64> {
    let b = ts.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = ts.get(r)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    if b.len() < 16 || b.get(4) != Some(&b'-') || b.get(10).is_none_or(|c| *c != b'T' && *c != b' ')
    {
        return None;
    }
    let (y, mo, d, h, mi) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
    );
    let s = if b.len() >= 19 && b[16] == b':' {
        num(17..19)?
    } else {
        0
    };
    // Days from civil (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(signal: Signal, message: usize) -> Hit {
        Hit {
            signal,
            message,
            span: (0, 1),
            text: "x".into(),
            lang: "en",
        }
    }

    fn value(state: &SequenceState, name: &str) -> f32 {
        let names = SequenceState::feature_names();
        let mut v = Vec::new();
        state.fill(&mut v);
        assert_eq!(v.len(), names.len());
        v[names.iter().position(|n| n == name).unwrap()]
    }

    #[test]
    fn escalation_in_order_sets_the_chain() {
        let mut s = SequenceState::new();
        let none = Indicators::default();
        let plan = [
            ("Riya", vec![Signal::VideoCallRequest]),
            ("Amit", vec![]),
            ("Riya", vec![Signal::UndressRequest]),
            ("Riya", vec![Signal::RecordingClaim]),
            ("Riya", vec![Signal::LeakThreat]),
            ("Riya", vec![Signal::MoneyDemand, Signal::PaymentChannel]),
        ];
        for (i, (who, sigs)) in plan.iter().enumerate() {
            let hits: Vec<Hit> = sigs.iter().map(|s| hit(*s, i)).collect();
            s.push(i, who, None, &hits, &none);
        }
        assert_eq!(value(&s, "seq:ordered_chain"), 1.0);
        assert_eq!(value(&s, "seq:window:threat_demand"), 1.0);
        assert_eq!(value(&s, "seq:coercion_one_sender"), 1.0);
        assert_eq!(value(&s, "seq:video_call_request<money_demand"), 1.0);
        assert_eq!(
            s.stages().first().map(|x| x.0),
            Some(Signal::VideoCallRequest)
        );
    }

    #[test]
    fn far_apart_stages_do_not_make_a_window() {
        let mut s = SequenceState::new();
        let none = Indicators::default();
        s.push(0, "a", None, &[hit(Signal::LeakThreat, 0)], &none);
        for i in 1..10 {
            s.push(i, "b", None, &[], &none);
        }
        s.push(10, "a", None, &[hit(Signal::MoneyDemand, 10)], &none);
        assert_eq!(value(&s, "seq:window:threat_demand"), 0.0);
    }

    #[test]
    fn timestamps_measure_speed() {
        assert_eq!(
            parse_ts("2026-03-14T21:04:00+05:30").unwrap()
                - parse_ts("2026-03-14T20:04:00").unwrap(),
            3600
        );
        assert_eq!(
            parse_ts("2026-03-01T00:00").unwrap() - parse_ts("2026-02-28T00:00").unwrap(),
            86_400
        );
        assert!(parse_ts("yesterday").is_none());
        assert!(parse_ts("").is_none());
    }
}
