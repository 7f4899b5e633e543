//! Case reports, `link` with the ignore-list, redaction with a key, and the
//! evidence summary, end to end through the binary.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chatrisk"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run chatrisk")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l:?}: {e}")))
        .collect()
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("chatrisk-out-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const CASE: &str = "tests/fixtures/outputs/case.jsonl";

fn scan(dir: &std::path::Path, extra: &[&str]) -> PathBuf {
    let out = dir.join("results.jsonl");
    let mut args = vec!["scan", "--quiet", "--timeline", CASE, "--out"];
    args.push(out.to_str().unwrap());
    args.extend_from_slice(extra);
    ok(&run(&args));
    out
}

#[test]
fn report_html_is_escaped_self_contained_and_csv_has_a_row_per_conversation() {
    let dir = tempdir("report");
    let results = scan(&dir, &[]);
    let r = results.to_str().unwrap();
    let html = ok(&run(&["report", "--format", "html", r]));
    assert!(!html.contains("<script"), "chat content must be escaped");
    assert!(html.contains("<svg class=\"timeline\""));
    assert!(html.contains("<polyline"), "the running risk is drawn");
    assert!(
        html.contains("2026-03-14T21:07:00+05:30"),
        "evidence timestamp"
    );
    assert!(html.contains("upi:9988776655@ybl"));
    let first = &json_lines(&std::fs::read_to_string(&results).unwrap())[0];
    assert!(html.contains(first["model"]["version"].as_str().unwrap()));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));

    let csv = ok(&run(&["report", "--format", "csv", r]));
    let mut rd = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = rd.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(&rows[0][0], "WhatsApp Chat with Ananya Sharma");
    assert_eq!(&rows[0][2], "high");
    assert_eq!(&rows[2][2], "low");

    let md = ok(&run(&["report", "--format", "md", r]));
    assert!(md.contains("## 2. case-2 — sextortion HIGH"), "{md}");
    assert!(!md.contains("<script"));
}

#[test]
fn link_ignores_the_helpline_filters_by_level_and_exports_graphs() {
    let dir = tempdir("link");
    let results = scan(&dir, &[]);
    let r = results.to_str().unwrap();
    let clusters = json_lines(&ok(&run(&["link", "--json", r])));
    assert_eq!(clusters.len(), 1);
    assert_eq!(
        clusters[0]["conversations"],
        serde_json::json!(["WhatsApp Chat with Ananya Sharma", "case-2"])
    );
    // Without the ignore-list the helpline joins the benign chats in.
    let all = json_lines(&ok(&run(&["link", "--json", "--no-default-ignore", r])));
    assert_eq!(all[0]["size"], 4);
    // A user ignore-list on top of the built-in one.
    let ignore = dir.join("ignore.txt");
    std::fs::write(&ignore, "upi:9988776655@ybl\nphone:+919988776655\n").unwrap();
    let none = ok(&run(&[
        "link",
        "--json",
        "--ignore",
        ignore.to_str().unwrap(),
        r,
    ]));
    assert!(none.trim().is_empty(), "{none}");

    let rows = json_lines(&ok(&run(&["link", "--json", "--indicators", r])));
    let helpline = rows
        .iter()
        .find(|x| x["indicator"] == "url:cybercrime.gov.in")
        .unwrap();
    assert_eq!(helpline["ignored"], true);
    assert_eq!(helpline["conversations"].as_array().unwrap().len(), 3);
    assert_eq!(helpline["first_seen"], "2026-02-01T10:00:00+05:30");
    assert_eq!(helpline["last_seen"], "2026-04-02T18:00:00+05:30");
    let upi = rows
        .iter()
        .find(|x| x["indicator"] == "upi:9988776655@ybl")
        .unwrap();
    assert_eq!(upi["first_seen"], "2026-03-14T21:07:00+05:30");
    assert_eq!(upi["last_seen"], "2026-03-21T09:00:00+05:30");

    let text = ok(&run(&[
        "link",
        "--min-level",
        "high",
        "--no-default-ignore",
        r,
    ]));
    assert!(
        text.contains("1 clusters among 2 conversations (2 below --min-level left out)"),
        "{text}"
    );

    let dot = ok(&run(&["link", "--graph", "dot", r]));
    assert!(
        dot.starts_with("graph chatrisk_links {") && dot.contains(" -- "),
        "{dot}"
    );
    assert!(!dot.contains("cybercrime.gov.in"));
    let graphml = ok(&run(&["link", "--graph", "graphml", r]));
    assert_eq!(graphml.matches("<edge ").count(), 4, "{graphml}");

    let bad = run(&["link", "--ignore", CASE, r]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("case.jsonl:1"));
}

#[test]
fn redaction_is_keyed_masks_ids_and_names_and_key_holders_can_resolve() {
    let dir = tempdir("redact");
    let key = dir.join("k.key");
    ok(&run(&["key", "new", "--out", key.to_str().unwrap()]));
    let k = key.to_str().unwrap();
    let results = scan(&dir, &["--redact", "--key", k]);
    let text = std::fs::read_to_string(&results).unwrap();
    for raw in [
        "Ananya",
        "ananya",
        "Sharma",
        "9988776655",
        "Neha",
        "Rohit",
        "case-2",
    ] {
        assert!(!text.contains(raw), "{raw} leaked: {text}");
    }
    let r = json_lines(&text);
    let upi = r[0]["indicators"]["upi"][0].as_str().unwrap();
    assert_eq!(upi, r[1]["indicators"]["upi"][0].as_str().unwrap());
    // The evidence quote holding the UPI ID shows exactly its pseudonym.
    let quotes: Vec<&str> = r[0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["text"].as_str())
        .filter(|t| t.contains("<upi:") || t.contains("<phone:"))
        .collect();
    for q in &quotes {
        assert!(q.contains(upi) && !q.contains("<phone:"), "{q}");
    }
    for f in r[0]["top_features"].as_array().unwrap() {
        let name = f["feature"].as_str().unwrap();
        assert!(
            !["text:ananya", "text:sharma", "text:ybl"].contains(&name),
            "{name}"
        );
    }
    // Same key, same pseudonyms; another key, others.
    let again =
        std::fs::read_to_string(scan(&tempdir("redact2"), &["--redact", "--key", k])).unwrap();
    assert_eq!(again, text);
    let other = dir.join("other.key");
    ok(&run(&["key", "new", "--out", other.to_str().unwrap()]));
    let o = std::fs::read_to_string(scan(
        &tempdir("redact3"),
        &["--redact", "--key", other.to_str().unwrap()],
    ))
    .unwrap();
    assert!(!o.contains(upi));

    // The key holder resolves with the evidence; a wrong key resolves nothing.
    let plain = scan(&tempdir("redact4"), &[]);
    let back = ok(&run(&[
        "unredact",
        results.to_str().unwrap(),
        "--key",
        k,
        "--source",
        plain.to_str().unwrap(),
    ]));
    let back = json_lines(&back);
    assert_eq!(back[0]["id"], "WhatsApp Chat with Ananya Sharma");
    assert_eq!(back[0]["indicators"]["upi"][0], "9988776655@ybl");
    let wrong = run(&[
        "unredact",
        results.to_str().unwrap(),
        "--key",
        other.to_str().unwrap(),
        "--source",
        plain.to_str().unwrap(),
    ]);
    assert!(!String::from_utf8_lossy(&wrong.stdout).contains("Ananya"));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("not resolved"));

    // Redacted link output: pseudonyms printed once, not `upi:<upi:…>`.
    let linked = ok(&run(&["link", "--indicators", results.to_str().unwrap()]));
    assert!(
        !linked.contains("upi:<upi:") && linked.contains(upi),
        "{linked}"
    );
    // Resolved, link output reads `upi:value` again, as it does in the clear.
    let linked_json = dir.join("linked.json");
    std::fs::write(
        &linked_json,
        ok(&run(&["link", "--json", results.to_str().unwrap()])),
    )
    .unwrap();
    let back = ok(&run(&[
        "unredact",
        linked_json.to_str().unwrap(),
        "--key",
        k,
        "--source",
        plain.to_str().unwrap(),
    ]));
    assert!(back.contains("\"upi:9988776655@ybl\""), "{back}");
    assert!(!back.contains("<upi:"), "{back}");
}

#[test]
fn redaction_masks_source_paths_and_error_records_and_unredact_resolves_them() {
    let dir = tempdir("redact-paths");
    let key = dir.join("k.key");
    ok(&run(&["key", "new", "--out", key.to_str().unwrap()]));
    let k = key.to_str().unwrap();
    let chats = dir.join("rp");
    std::fs::create_dir_all(&chats).unwrap();
    std::fs::copy(
        "examples/data/sextortion_whatsapp.txt",
        chats.join("WhatsApp Chat with Ananya Sharma.txt"),
    )
    .unwrap();
    std::fs::write(
        chats.join("Ananya Sharma.jsonl"),
        "{\"id\":\"Ananya Sharma chat\",\"messages\":\"oops\"}\n",
    )
    .unwrap();
    let c = chats.to_str().unwrap();
    let out = run(&["scan", "--quiet", "--redact", "--key", k, c]);
    assert_eq!(out.status.code(), Some(1), "one error record");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    for raw in ["Ananya", "ananya", "Sharma", "WhatsApp Chat with"] {
        assert!(!text.contains(raw), "{raw} leaked: {text}");
    }
    let rows = json_lines(&text);
    assert_eq!(rows.len(), 2, "{text}");
    let err = rows.iter().find(|r| r.get("error").is_some()).unwrap();
    let report = rows.iter().find(|r| r.get("risk").is_some()).unwrap();
    assert!(err["id"].as_str().unwrap().starts_with("<id:"), "{err}");
    let path = report["source"]["path"].as_str().unwrap();
    assert!(path.starts_with("<path:"), "{report}");
    // The file's hash and the record's position stay readable.
    assert_eq!(report["source"]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(report["source"]["record"], 1);

    // The key holder resolves paths and error ids from the folder scanned.
    let redacted = dir.join("redacted.jsonl");
    std::fs::write(&redacted, &text).unwrap();
    let back = run(&[
        "unredact",
        redacted.to_str().unwrap(),
        "--key",
        k,
        "--source",
        c,
    ]);
    let back = json_lines(&String::from_utf8_lossy(&back.stdout));
    let joined = |v: &serde_json::Value| v.to_string();
    let all: String = back.iter().map(joined).collect();
    assert!(!all.contains("<path:") && !all.contains("<id:"), "{all}");
    let back_err = back.iter().find(|r| r.get("error").is_some()).unwrap();
    assert_eq!(back_err["id"], "Ananya Sharma chat");
    assert!(
        back_err["source"]
            .as_str()
            .unwrap()
            .ends_with("Ananya Sharma.jsonl"),
        "{back_err}"
    );
    let back_report = back.iter().find(|r| r.get("risk").is_some()).unwrap();
    assert!(
        back_report["source"]["path"]
            .as_str()
            .unwrap()
            .ends_with("WhatsApp Chat with Ananya Sharma.txt"),
        "{back_report}"
    );
}

#[test]
fn unredact_resolves_html_and_markdown_case_reports_and_says_when_it_resolves_nothing() {
    let dir = tempdir("unredact-reports");
    let key = dir.join("k.key");
    ok(&run(&["key", "new", "--out", key.to_str().unwrap()]));
    let k = key.to_str().unwrap();
    let results = scan(&dir, &["--redact", "--key", k]);
    let plain = scan(&tempdir("unredact-reports-plain"), &[]);
    for (format, file) in [("html", "report.html"), ("md", "report.md")] {
        let report = dir.join(file);
        let text = ok(&run(&[
            "report",
            "--format",
            format,
            results.to_str().unwrap(),
        ]));
        assert!(text.contains("&lt;upi:"), "{format} escapes pseudonyms");
        std::fs::write(&report, &text).unwrap();
        let back = run(&[
            "unredact",
            report.to_str().unwrap(),
            "--key",
            k,
            "--source",
            plain.to_str().unwrap(),
        ]);
        assert!(
            back.status.success(),
            "{}",
            String::from_utf8_lossy(&back.stderr)
        );
        let back = String::from_utf8_lossy(&back.stdout);
        assert!(back.contains("9988776655@ybl"), "{format}: {back}");
        assert!(
            back.contains("WhatsApp Chat with Ananya Sharma"),
            "{format}"
        );
        assert!(!back.contains("&lt;upi:"), "{format}: {back}");
    }
    // Nothing to resolve: a warning and exit 1, not a silent copy.
    let none = run(&[
        "unredact",
        plain.to_str().unwrap(),
        "--key",
        k,
        "--source",
        plain.to_str().unwrap(),
    ]);
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("no pseudonym resolved"));
}

#[test]
fn link_does_not_join_chats_on_bank_and_regulator_email_addresses() {
    let dir = tempdir("link-email");
    let chats = dir.join("chats.jsonl");
    let chat = |id: &str| {
        format!(
            "{{\"id\":\"{id}\",\"messages\":[{{\"sender\":\"a\",\"text\":\"write to help@npci.org.in or support@sbi.co.in about the refund\"}}]}}\n"
        )
    };
    std::fs::write(&chats, chat("one") + &chat("two")).unwrap();
    let results = dir.join("results.jsonl");
    ok(&run(&[
        "scan",
        "--quiet",
        chats.to_str().unwrap(),
        "--out",
        results.to_str().unwrap(),
    ]));
    let r = results.to_str().unwrap();
    let all = json_lines(&ok(&run(&["link", "--json", "--no-default-ignore", r])));
    assert_eq!(all.len(), 1, "the addresses are found and would link");
    let linked = ok(&run(&["link", "--json", r]));
    assert!(linked.trim().is_empty(), "{linked}");
}

#[test]
fn every_result_and_error_names_its_path_file_hash_and_record_and_ids_are_unique() {
    use sha2::Digest;
    let dir = tempdir("provenance");
    let case = dir.join("case");
    for sub in ["a", "b"] {
        std::fs::create_dir_all(case.join(sub)).unwrap();
    }
    let a = case.join("a/_chat.txt");
    let b = case.join("b/_chat.txt");
    std::fs::copy("examples/data/sextortion_whatsapp.txt", &a).unwrap();
    std::fs::write(
        &b,
        "12/03/2026, 21:02 - Neha: hi, is the flat still free?\n12/03/2026, 21:03 - Ravi: yes\n",
    )
    .unwrap();
    let bad = case.join("c.jsonl");
    std::fs::write(
        &bad,
        "{\"id\":\"ok\",\"messages\":[{\"sender\":\"x\",\"text\":\"hi\"}]}\nnot json\n",
    )
    .unwrap();
    let sha =
        |p: &std::path::Path| format!("{:x}", sha2::Sha256::digest(std::fs::read(p).unwrap()));
    let out = run(&["scan", "--quiet", case.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "one error record");
    let rows = json_lines(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(rows.len(), 4, "{rows:?}");
    let ids: Vec<&str> = rows.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["_chat", "_chat#2", "ok"]);
    for (row, file) in [(&rows[0], &a), (&rows[1], &b), (&rows[2], &bad)] {
        let src = &row["source"];
        assert!(
            src["path"]
                .as_str()
                .unwrap()
                .ends_with(file.strip_prefix(&dir).unwrap().to_str().unwrap()),
            "{row}"
        );
        assert_eq!(src["sha256"], sha(file), "{row}");
        assert_eq!(src["record"], 1, "{row}");
    }
    assert_ne!(rows[0]["source"]["sha256"], rows[1]["source"]["sha256"]);
    let err = &rows[3];
    assert!(err["error"].is_string(), "{err}");
    assert!(
        err["source"].as_str().unwrap().ends_with("c.jsonl"),
        "{err}"
    );
    assert_eq!(err["sha256"], sha(&bad));
    assert_eq!(err["record"], 2);
    assert_eq!(err["line"], 2);
}

#[test]
fn a_scan_of_media_only_prints_no_empty_summary_lines() {
    let dir = tempdir("media-only");
    std::fs::write(dir.join("photo.jpg"), b"\xFF\xD8\xFF\xE0").unwrap();
    let out = run(&["scan", dir.to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("skipped files: media 1"), "{err}");
    assert!(
        !err.contains("levels:") && !err.contains("labels:"),
        "{err}"
    );
}

#[test]
fn ids_that_collide_across_scans_are_shown_with_their_source_path() {
    let dir = tempdir("collide");
    let mut results = Vec::new();
    for sub in ["a", "b"] {
        let d = dir.join("case").join(sub);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::copy("examples/data/sextortion_whatsapp.txt", d.join("_chat.txt")).unwrap();
        let out = dir.join(format!("{sub}.jsonl"));
        ok(&run(&[
            "scan",
            "--quiet",
            d.join("_chat.txt").to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]));
        results.push(out.to_str().unwrap().to_string());
    }
    let args = |extra: &[&str]| {
        let mut v: Vec<&str> = extra.to_vec();
        v.extend(results.iter().map(String::as_str));
        v.iter().map(|s| s.to_string()).collect::<Vec<String>>()
    };
    let text = |extra: &[&str]| {
        let a = args(extra);
        ok(&run(&a.iter().map(String::as_str).collect::<Vec<_>>()))
    };
    let linked = text(&["link"]);
    assert!(!linked.contains("_chat, _chat"), "{linked}");
    assert!(
        linked.contains("/a/_chat.txt)") && linked.contains("/b/_chat.txt)"),
        "{linked}"
    );
    let json = json_lines(&text(&["link", "--json"]));
    let ids: Vec<&str> = json[0]["conversations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
    assert!(text(&["link", "--graph", "dot"]).contains("/b/_chat.txt)"));
    assert!(text(&["link", "--graph", "graphml"]).contains("/b/_chat.txt)"));
    assert!(text(&["report", "--format", "html"]).contains("/b/_chat.txt)"));
}

#[test]
fn summary_evidence_is_ordered_by_weight_with_a_count_of_the_rest() {
    let text = ok(&run(&["explain", "examples/data/sextortion_whatsapp.txt"]));
    let weights: Vec<f32> = text
        .lines()
        .take_while(|l| !l.contains("message by message"))
        .filter(|l| l.trim_start().starts_with('#'))
        .map(|l| l.split_whitespace().nth(2).unwrap().parse().unwrap())
        .collect();
    assert_eq!(weights.len(), 6, "{text}");
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
    assert!(text.contains("+6 more evidence"), "{text}");
    // Flagged messages in full, evidence marked.
    assert!(text.contains("«I have your followers» list and your family numbers. «send 15000» now «or this video goes to your mom», dad and all your college groups"));
}

#[test]
fn explain_takes_a_jsonl_and_id_picks_one() {
    let all = json_lines(&ok(&run(&["explain", "--json", CASE])));
    assert_eq!(all.len(), 4);
    assert!(
        all.iter()
            .all(|e| e["trace"].is_array() && e["risk"].is_number())
    );
    let one = json_lines(&ok(&run(&["explain", "--json", "--id", "case-3", CASE])));
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["id"], "case-3");
    let missing = run(&["explain", "--id", "case-9", CASE]);
    assert!(!missing.status.success());
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("no conversation with id \"case-9\"")
    );
}

#[test]
fn a_policy_may_set_only_medium() {
    let dir = tempdir("policy");
    let p = dir.join("policy.toml");
    std::fs::write(&p, "[sextortion]\nmedium = 0.001\n").unwrap();
    let r = json_lines(&ok(&run(&[
        "score",
        "--json",
        "--policy",
        p.to_str().unwrap(),
        CASE,
    ])));
    assert_eq!(r[2]["level"], "medium", "0.007 is above a medium of 0.001");
    std::fs::write(&p, "[sextortion]\nhigh = 2\n").unwrap();
    let bad = run(&["score", "--json", "--policy", p.to_str().unwrap(), CASE]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("high = 2 is outside 0..=1"));
}
