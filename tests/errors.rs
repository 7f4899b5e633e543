//! Library errors are typed: callers can match them, the underlying error
//! is kept as `source()`, and the message names what was wrong.

use std::error::Error as _;

use chatrisk::features::{FeatureLayout, FeatureSpace, TextParams};
use chatrisk::redact::RedactKey;
use chatrisk::{Error, Policy};

#[test]
fn feature_layout_mismatch_names_the_first_differing_feature() {
    let mut layout = FeatureLayout::new(TextParams::default());
    let n = layout.structural.len();
    let second = layout.structural[1].clone();
    layout.structural[1] = "renamed_feature".into();
    let err = FeatureSpace::new(layout).expect_err("a renamed feature is refused");
    match &err {
        Error::FeatureLayout {
            index,
            model,
            computed,
            model_count,
            computed_count,
        } => {
            assert_eq!(*index, 1);
            assert_eq!(model, "renamed_feature");
            assert_eq!(computed, &second);
            assert_eq!((*model_count, *computed_count), (n, n));
        }
        other => panic!("expected FeatureLayout, got {other:?}"),
    }
    let text = err.to_string();
    assert!(
        text.contains("structural feature 1 is \"renamed_feature\"")
            && text.contains(&format!("computes {second:?}")),
        "{text}"
    );
}

#[test]
fn feature_layout_mismatch_past_the_end_says_none() {
    let mut layout = FeatureLayout::new(TextParams::default());
    let n = layout.structural.len();
    layout.structural.push("extra_feature".into());
    let err = FeatureSpace::new(layout).expect_err("an extra feature is refused");
    assert!(
        matches!(&err, Error::FeatureLayout { index, computed, .. } if *index == n && computed == "<none>"),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains(&format!("({} vs {n} features", n + 1))
    );
}

#[test]
fn policy_errors_keep_the_toml_error_as_source() {
    let err = Policy::from_toml("[sextortion\nmedium = 0.4", "policy.toml").expect_err("bad toml");
    assert!(matches!(&err, Error::PolicyParse { path, .. } if path == "policy.toml"));
    assert!(err.source().is_some(), "the TOML error is the source");
    assert!(err.to_string().starts_with("policy.toml: invalid policy: "));

    let err = Policy::from_toml("[sextortion]\nmedium = 1.5", "p.toml").expect_err("out of range");
    assert!(
        matches!(&err, Error::Policy { label, .. } if label == "sextortion"),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "p.toml: [sextortion] medium = 1.5 is outside 0..=1"
    );
}

#[test]
fn key_errors_name_file_and_line() {
    let err = RedactKey::parse("# comment\nabc\n", "k.key").expect_err("short key");
    assert!(matches!(&err, Error::Key { line: Some(2), .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "k.key:2: not a redaction key: expected 64 hex digits, found 3 characters"
    );
    let err = RedactKey::parse("# only a comment\n", "k.key").expect_err("no key line");
    assert!(matches!(&err, Error::Key { line: None, .. }), "{err:?}");
    assert!(
        err.to_string()
            .starts_with("k.key: not a redaction key: no key line")
    );
}

#[test]
fn tokenizer_json_errors_keep_the_parse_error() {
    let err = chatrisk::tokenize::TokenizerModel::from_json("{not json").expect_err("bad json");
    assert!(matches!(&err, Error::Tokenizer { .. }), "{err:?}");
    assert!(err.source().is_some());
    let err = chatrisk::tokenize::TokenizerModel::from_json(r#"{"model":{"type":"BPE"}}"#)
        .expect_err("not WordPiece");
    assert!(matches!(&err, Error::TokenizerFile(_)), "{err:?}");
    assert!(
        err.to_string().contains("expected a WordPiece model"),
        "{err}"
    );
}
