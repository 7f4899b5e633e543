//! Differential tests of the literal prefilter: the patterns it names for a
//! text must include every pattern a full `RegexSet` pass finds, and the
//! hits found through it must equal the hits found by running every pattern
//! the set reports. On arbitrary strings, on corpus messages with random
//! edits, and on every message of every corpus file the repository ships.

use std::path::PathBuf;
use std::sync::LazyLock;

use proptest::prelude::*;
use regex::{RegexSet, RegexSetBuilder};

use super::{DFA_SIZE_LIMIT, SIZE_LIMIT, SignalMatcher};
use crate::normalize::Normalizer;
use crate::signals::Hit;

struct Reference {
    matcher: SignalMatcher,
    set: RegexSet,
    normalizer: Normalizer,
}

static REF: LazyLock<Reference> = LazyLock::new(|| {
    let matcher = SignalMatcher::new();
    let set = RegexSetBuilder::new(matcher.patterns.iter().map(|p| p.source.as_str()))
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
        .expect("the embedded tables compile as one set");
    Reference {
        matcher,
        set,
        normalizer: Normalizer::default(),
    }
});

/// Compares both paths on one original text; `Err` describes a difference.
fn compare(original: &str) -> Result<(), String> {
    let r = &*REF;
    let normalized = r.normalizer.normalize(original);
    let text = normalized.as_str();
    let mut candidates = Vec::new();
    r.matcher.prefilter().candidates(text, &mut candidates);
    let full: Vec<usize> = r.set.matches(text).into_iter().collect();
    for &i in &full {
        if candidates.binary_search(&(i as u32)).is_err() {
            return Err(format!(
                "pattern {i} {:?} matches {text:?} (from {original:?}) but the prefilter did not name it",
                r.matcher.patterns[i].source
            ));
        }
    }
    let mut fast: Vec<Hit> = Vec::new();
    r.matcher.match_text(original, &normalized, 0, &mut fast);
    let mut slow: Vec<Hit> = Vec::new();
    r.matcher
        .match_candidates(original, &normalized, 0, full.into_iter(), &mut slow);
    if fast != slow {
        return Err(format!(
            "hits differ on {original:?}:\n prefilter {fast:?}\n full set  {slow:?}"
        ));
    }
    Ok(())
}

/// Speech texts of every corpus file, each read with its importer.
fn corpus_texts() -> Vec<(PathBuf, Vec<String>)> {
    crate::testdata::corpus_texts(|f, bytes| {
        crate::import::import_bytes(bytes, &f.to_string_lossy(), None)
            .into_iter()
            .flatten()
            .flat_map(|c| c.messages)
            .filter(|m| !m.is_system())
            .map(|m| m.text)
            .collect()
    })
}

/// A sample of corpus messages to mutate (every 50th), with fixed phrasings
/// in every script so the sample is never empty.
static SEEDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut seeds: Vec<String> = [
        "send 5000 now or i will leak your video to your family",
        "paise bhejo warna video viral kar dunga, rs 20000 abhi",
        "पैसे भेजो नहीं तो वीडियो वायरल कर दूंगा",
        "i am inspector from cyber crime, pay ₹25,000 within 2 hours",
        "your kyc is pending, share the otp. beware of such scams",
        "तुमचा व्हिडिओ व्हायरल करेन, पैसे पाठवा",
    ]
    .map(String::from)
    .to_vec();
    for (_, texts) in corpus_texts() {
        seeds.extend(texts.into_iter().step_by(50));
    }
    seeds
});

/// One edit of a text: insert, delete or replace a character.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, char),
    Delete(usize),
    Replace(usize, char),
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        let n = chars.len();
        match *e {
            Edit::Insert(at, c) => chars.insert(at % (n + 1), c),
            Edit::Delete(at) if n > 0 => {
                chars.remove(at % n);
            }
            Edit::Replace(at, c) if n > 0 => chars[at % n] = c,
            _ => {}
        }
    }
    chars.into_iter().collect()
}

fn edit() -> impl Strategy<Value = Edit> {
    // Characters the tables and the normalizer care about: word breaks,
    // digits, leet, Devanagari, zero-width and punctuation.
    let ch = prop_oneof![
        Just(' '),
        Just('\u{200b}'),
        Just('@'),
        Just('0'),
        Just('1'),
        Just('.'),
        Just('₹'),
        Just('क'),
        Just('्'),
        proptest::char::range('a', 'z'),
        any::<char>(),
    ];
    prop_oneof![
        (any::<usize>(), ch.clone()).prop_map(|(i, c)| Edit::Insert(i, c)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), ch).prop_map(|(i, c)| Edit::Replace(i, c)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn prefilter_agrees_with_the_full_set_on_arbitrary_text(text in "\\PC{0,80}") {
        compare(&text).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn prefilter_agrees_with_the_full_set_on_edited_corpus_text(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec(edit(), 0..6),
    ) {
        let seed: &String = pick.get(SEEDS.as_slice());
        compare(&apply(seed, &edits)).map_err(TestCaseError::fail)?;
    }
}

/// Every message of every corpus file, through both paths.
#[test]
fn prefilter_agrees_with_the_full_set_on_every_corpus_message() {
    let files = corpus_texts();
    let mut messages = 0;
    for (file, texts) in &files {
        for text in texts {
            if let Err(e) = compare(text) {
                panic!("{}: {e}", file.display());
            }
            messages += 1;
        }
    }
    // The corpus ships with the repository: an empty walk is a broken path.
    assert!(
        messages > 10_000,
        "only {messages} messages in {} files",
        files.len()
    );
}
