//! Per-stage throughput on realistic conversations: `cargo bench --bench stages`.
//!
//! The sample is the first conversations of the training corpus (English,
//! Hinglish, Devanagari and Marathi; benign, scam and sextortion), read at
//! run time. Every figure is reported in bytes per second of the bytes the
//! stage consumes: JSONL bytes for parsing, scoring and end to end; message
//! text bytes for normalizing and signals; normalized text bytes for the
//! tokenizer.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use chatrisk::import::JsonlReader;
use chatrisk::normalize::{NormalizedText, Normalizer};
use chatrisk::pipeline::{MessageObservation, Scratch};
use chatrisk::signals::Indicators;
use chatrisk::{Conversation, Model, Outcome, ScoreOptions, Scorer};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Conversations in the sample.
const SAMPLE: usize = 200;

struct Fixture {
    jsonl: Vec<u8>,
    lines: Vec<Vec<u8>>,
    conversations: Vec<Conversation>,
    /// Speech message texts.
    texts: Vec<String>,
    normalized: Vec<NormalizedText>,
    scorer: Scorer,
}

fn fixture() -> Fixture {
    // The hand-written corpus, every writer's file in turn.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("training/corpus/handwritten-v2");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for f in &files {
        all.extend(std::fs::read(f).unwrap_or_else(|e| panic!("{}: {e}", f.display())));
    }
    // Spread the sample over the file so every label and language is in it.
    let every: Vec<&[u8]> = all
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    let step = (every.len() / SAMPLE).max(1);
    let lines: Vec<Vec<u8>> = every
        .iter()
        .step_by(step)
        .take(SAMPLE)
        .map(|l| l.to_vec())
        .collect();
    let mut jsonl = Vec::new();
    for l in &lines {
        jsonl.extend_from_slice(l);
        jsonl.push(b'\n');
    }
    let conversations: Vec<Conversation> = JsonlReader::new(&jsonl[..], "bench")
        .map(|r| r.expect("sample parses"))
        .collect();
    let texts: Vec<String> = conversations
        .iter()
        .flat_map(|c| c.messages.iter())
        .filter(|m| !m.is_system())
        .map(|m| m.text.clone())
        .collect();
    let model = Model::embedded().expect("embedded model loads");
    let normalized = texts
        .iter()
        .map(|t| model.pipeline().normalizer.normalize(t))
        .collect();
    let scorer = Scorer::new(std::sync::Arc::new(model));
    Fixture {
        jsonl,
        lines,
        conversations,
        texts,
        normalized,
        scorer,
    }
}

fn stages(c: &mut Criterion) {
    let fx = fixture();
    let pipeline = &fx.scorer.model().pipeline();
    let text_bytes: u64 = fx.texts.iter().map(|t| t.len() as u64).sum();
    let norm_bytes: u64 = fx.normalized.iter().map(|n| n.len() as u64).sum();
    let jsonl_bytes = fx.jsonl.len() as u64;
    let opts = ScoreOptions::default();

    let mut g = c.benchmark_group("stages");
    g.sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));

    g.throughput(Throughput::Bytes(jsonl_bytes));
    g.bench_function("import_jsonl", |b| {
        b.iter(|| {
            let n = JsonlReader::new(black_box(&fx.jsonl[..]), "bench")
                .filter(|r| r.is_ok())
                .count();
            black_box(n)
        })
    });

    g.throughput(Throughput::Bytes(text_bytes));
    g.bench_function("normalize", |b| {
        let mut out = NormalizedText::default();
        b.iter(|| {
            for t in &fx.texts {
                pipeline.normalizer.normalize_into(black_box(t), &mut out);
                black_box(out.len());
            }
        })
    });

    g.throughput(Throughput::Bytes(norm_bytes));
    g.bench_function("tokenize_fast", |b| {
        let mut ids = Vec::new();
        b.iter(|| {
            for n in &fx.normalized {
                ids.clear();
                pipeline
                    .tokenizer
                    .encode_into(black_box(n.as_str()), &mut ids);
                black_box(ids.len());
            }
        })
    });

    // The `tokenizers` crate path, for reference (slow: fewer samples).
    g.bench_function("tokenize_reference", |b| {
        b.iter(|| {
            for n in &fx.normalized {
                let ids = pipeline
                    .tokenizer
                    .encode_reference(black_box(n.as_str()))
                    .unwrap_or_default();
                black_box(ids.len());
            }
        })
    });

    g.throughput(Throughput::Bytes(text_bytes));
    g.bench_function("signals", |b| {
        let mut hits = Vec::new();
        let mut indicators = Indicators::default();
        b.iter(|| {
            for (i, (t, n)) in fx.texts.iter().zip(&fx.normalized).enumerate() {
                hits.clear();
                pipeline.matcher.match_text(black_box(t), n, i, &mut hits);
                pipeline.extractor.extract(t, i, &mut indicators);
            }
            black_box(hits.len())
        })
    });

    g.bench_function("pipeline_observe", |b| {
        let mut scratch = Scratch::default();
        let mut obs = MessageObservation::default();
        b.iter(|| {
            for conv in &fx.conversations {
                for (i, m) in conv.messages.iter().enumerate() {
                    pipeline.observe(black_box(m), i, &mut scratch, &mut obs);
                    black_box(obs.hits.len());
                }
            }
        })
    });

    g.throughput(Throughput::Bytes(jsonl_bytes));
    g.bench_function("score", |b| {
        b.iter(|| {
            for conv in &fx.conversations {
                black_box(fx.scorer.score(black_box(conv), &opts));
            }
        })
    });

    g.bench_function("end_to_end", |b| {
        b.iter(|| {
            let mut out = 0usize;
            for line in &fx.lines {
                let mut reader = JsonlReader::new(black_box(&line[..]), "bench");
                if let Some(Ok(conv)) = reader.next() {
                    let report = fx.scorer.score(&conv, &opts);
                    out += Outcome::Report(Box::new(report)).to_json_line().len();
                }
            }
            black_box(out)
        })
    });
    g.finish();

    // Each normalizer stage alone (after `reset`), to find the expensive ones.
    let mut g = c.benchmark_group("normalize_stage");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    g.throughput(Throughput::Bytes(text_bytes));
    for stage in std::iter::once(None).chain(Normalizer::recommended_stages().into_iter().map(Some))
    {
        let name = stage.map_or("reset_only".to_string(), |s| format!("{s:?}"));
        let normalizer = Normalizer::new(stage.into_iter().collect());
        g.bench_function(name, |b| {
            let mut out = NormalizedText::default();
            b.iter(|| {
                for t in &fx.texts {
                    normalizer.normalize_into(black_box(t), &mut out);
                    black_box(out.len());
                }
            })
        });
    }
    g.finish();

    // Start-up: load the embedded model (parse, verify, compile the tables).
    let mut g = c.benchmark_group("startup");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    g.bench_function("load_embedded_model", |b| {
        b.iter(|| black_box(Model::embedded().map(|m| m.file().version.len())))
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
