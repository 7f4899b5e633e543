//! Pathological inputs: each must finish in bounded time and memory.
//!
//! Run with `cargo bench --bench pathological`. The same inputs are checked
//! for completion (without timing) in `tests/regressions.rs`.

use std::sync::Arc;

use chatrisk::import::{self, Format};
use chatrisk::normalize::Normalizer;
use chatrisk::{Conversation, Message, Model, ScoreOptions, Scorer};
use criterion::{Criterion, criterion_group, criterion_main};

/// A conversation of `n` short messages between two people.
fn long_conversation(n: usize) -> Conversation {
    let messages = (0..n)
        .map(|i| {
            let sender = if i % 2 == 0 { "Asha" } else { "Ravi" };
            let text = match i % 5 {
                0 => "hi dear, how are you",
                1 => "send 5000 now or I share the video",
                2 => "ok",
                3 => "please delete it 🙏",
                _ => "call me on whatsapp",
            };
            Message::new(sender, text)
        })
        .collect();
    Conversation::new("long", messages)
}

/// `depth` nested JSON arrays inside a canonical-looking document.
fn nested_json(depth: usize) -> Vec<u8> {
    let mut s = Vec::with_capacity(depth * 2 + 64);
    s.extend_from_slice(br#"{"id":"deep","messages":[{"sender":"a","text":"x","meta":"#);
    s.extend(std::iter::repeat_n(b'[', depth));
    s.extend(std::iter::repeat_n(b']', depth));
    s.extend_from_slice(b"}]}");
    s
}

fn bench(c: &mut Criterion) {
    let scorer = Scorer::new(Arc::new(Model::embedded().expect("embedded model")));
    let opts = ScoreOptions::default();
    let normalizer = Normalizer::default();
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);

    let conv = long_conversation(100_000);
    g.bench_function("score_100k_messages", |b| {
        b.iter(|| scorer.score(&conv, &opts))
    });

    let deep = nested_json(100_000);
    g.bench_function("import_nested_json_100k", |b| {
        b.iter(|| import::import_bytes(&deep, "deep.json", None))
    });

    let emoji = "😀🔥🙏📸".repeat(250_000);
    g.bench_function("normalize_1m_emoji", |b| {
        b.iter(|| normalizer.normalize(&emoji))
    });
    let one = Conversation::new("emoji", vec![Message::new("a", emoji.clone())]);
    g.bench_function("score_1m_emoji", |b| b.iter(|| scorer.score(&one, &opts)));

    let zw = "\u{200b}".repeat(1_000_000);
    g.bench_function("normalize_1m_zero_width", |b| {
        b.iter(|| normalizer.normalize(&zw))
    });
    let mixed: String = "p\u{200b}a\u{200d}y ".repeat(250_000);
    let one = Conversation::new("zw", vec![Message::new("a", mixed)]);
    g.bench_function("score_1m_zero_width_split", |b| {
        b.iter(|| scorer.score(&one, &opts))
    });

    let spaced = "v i d e o ".repeat(100_000);
    g.bench_function("normalize_letter_spacing_1m", |b| {
        b.iter(|| normalizer.normalize(&spaced))
    });

    let mut wa = b"12/03/2024, 21:04 - Asha: ".to_vec();
    wa.extend(std::iter::repeat_n(b'a', 8 << 20));
    g.bench_function("import_whatsapp_8mb_line", |b| {
        b.iter(|| import::import_bytes(&wa, "chat.txt", Some(Format::WhatsApp)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
