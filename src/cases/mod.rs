//! Cases: scored conversations under human review, kept in one SQLite file.
//!
//! A case is a conversation in its canonical form together with the report
//! the model gave it, the per-message marks a reviewer reads it with (signals
//! and evidence spans), the model version, where it came from (file name and
//! SHA-256) and its review state. Reviewers record verdicts (sextortion, scam,
//! benign, unsure); every verdict is kept, so changing one keeps the history.
//! [`CaseStore::export`] writes reviewed cases back out as canonical labeled
//! JSON Lines that `train` and `eval` read as they are.
//!
//! Durability: the database runs in WAL mode with `synchronous=FULL`; each
//! upload is one transaction, so a crash (even `kill -9`) loses at most the
//! upload in progress and leaves a valid file. The schema is versioned
//! (`PRAGMA user_version`) and migrated when the store is opened.
//!
//! Behind the `cases` cargo feature (on with `cli`).

pub mod results;
mod view;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params, params_from_iter};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

pub use view::{Segment, segments};

use crate::conversation::Conversation;
use crate::error::{Error, Result};
use crate::report::Report;
use crate::score::{Explanation, ScoreOptions, Scorer};
use crate::signals::Signal;

/// The verdicts a reviewer can give. `unsure` is recorded but never exported
/// as a training label.
pub const VERDICTS: [&str; 4] = ["sextortion", "scam", "benign", "unsure"];

/// Schema migrations, in order; migration `i` brings the schema to version
/// `i + 1`. Never edit a released entry: add a new one.
const MIGRATIONS: [&str; 1] = [r#"
CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    conv_id        TEXT NOT NULL,
    content_sha256 TEXT NOT NULL UNIQUE,
    source_name    TEXT NOT NULL,
    source_sha256  TEXT NOT NULL,
    conversation   TEXT NOT NULL,
    report         TEXT NOT NULL,
    marks          TEXT NOT NULL,
    risk           REAL NOT NULL,
    level          TEXT NOT NULL,
    label          TEXT NOT NULL,
    lang           TEXT,
    messages       INTEGER NOT NULL,
    model_version  TEXT NOT NULL,
    model_sha256   TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    verdict        TEXT,
    revision       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_by_risk ON cases (risk DESC, id);
CREATE TABLE verdicts (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    revision      INTEGER NOT NULL,
    verdict       TEXT NOT NULL CHECK (verdict IN ('sextortion', 'scam', 'benign', 'unsure')),
    note          TEXT NOT NULL,
    reviewer      TEXT NOT NULL,
    at            TEXT NOT NULL,
    model_version TEXT NOT NULL,
    UNIQUE (case_id, revision)
);
CREATE TABLE indicators (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    kind    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (case_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX indicators_by_value ON indicators (kind, value);
"#];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Current UTC time as SQLite writes it, e.g. `2026-12-06T23:04:05.123Z`.
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/// Where a case came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The uploaded or scanned file's name.
    pub name: String,
    /// SHA-256 of the file's bytes, hex.
    pub sha256: String,
}

impl Source {
    pub fn of_bytes(name: impl Into<String>, bytes: &[u8]) -> Source {
        Source {
            name: name.into(),
            sha256: hex(&Sha256::digest(bytes)),
        }
    }
}

/// What a reviewer sees marked on one message.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Marks {
    /// Signals found in the message, in order of first hit.
    pub signals: Vec<String>,
    /// Evidence spans `[start, end)` in bytes of the original text, with their signal.
    pub spans: Vec<(usize, usize, String)>,
}

/// A scored conversation ready to be stored.
#[derive(Debug, Clone)]
pub struct NewCase {
    pub conversation: Conversation,
    /// The report, with the running risk (`timeline`) filled in.
    pub report: Report,
    /// One entry per message.
    pub marks: Vec<Marks>,
    pub source: Source,
}

impl NewCase {
    /// Scores `conversation` for review: the report with its timeline and the
    /// marks of every message. Scores are the scorer's, unchanged.
    pub fn score(scorer: &Scorer, conversation: Conversation, source: Source) -> NewCase {
        let opts = ScoreOptions {
            timeline: true,
            ..ScoreOptions::default()
        };
        let Explanation { report, messages } = scorer.explain(&conversation, &opts);
        let marks = messages
            .into_iter()
            .map(|m| Marks {
                signals: m.signals,
                spans: m
                    .hits
                    .into_iter()
                    .map(|h| (h.span[0], h.span[1], h.signal))
                    .collect(),
            })
            .collect();
        NewCase {
            conversation,
            report,
            marks,
            source,
        }
    }
}

/// The result of storing one conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Added {
    pub case: i64,
    pub id: String,
    pub risk: f64,
    pub level: String,
    pub label: String,
    /// The same conversation (same canonical content) was already a case;
    /// `case` is that one and nothing was written.
    pub duplicate: bool,
}

/// A line of the review queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub case: i64,
    pub id: String,
    pub risk: f64,
    pub level: String,
    pub label: String,
    pub lang: Option<String>,
    pub messages: i64,
    pub source: String,
    pub model_version: String,
    pub created_at: String,
    /// The current verdict, `None` while the case is open.
    pub verdict: Option<String>,
    /// Verdicts recorded so far (0 = never reviewed).
    pub revision: i64,
}

/// One recorded verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub revision: i64,
    pub verdict: String,
    pub note: String,
    pub reviewer: String,
    pub at: String,
    /// The model version that scored the case the verdict is about.
    pub model_version: String,
}

/// Another case sharing an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Linked {
    pub case: i64,
    pub id: String,
    pub risk: f64,
    pub verdict: Option<String>,
}

/// An indicator of a case and the other cases that share it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedIndicator {
    pub kind: String,
    pub value: String,
    /// Other cases with this indicator (none when `ignored`).
    pub cases: Vec<Linked>,
    /// On `link`'s built-in list of known-legitimate indicators (national
    /// helplines, bank and government domains): shown, never linked, as
    /// `link` does, so a helpline victims are told to call joins nothing.
    #[serde(default)]
    pub ignored: bool,
}

/// Everything about one case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseDetail {
    pub summary: CaseSummary,
    pub source_sha256: String,
    pub model_sha256: String,
    pub conversation: Conversation,
    pub report: Report,
    pub marks: Vec<Marks>,
    /// Oldest first; the last one is the current verdict.
    pub history: Vec<Verdict>,
    pub indicators: Vec<SharedIndicator>,
}

/// Queue filters; `None` matches everything.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Filter {
    pub level: Option<String>,
    /// The model's label.
    pub label: Option<String>,
    pub lang: Option<String>,
    /// `open` (no verdict yet) or `reviewed`.
    pub state: Option<String>,
    pub verdict: Option<String>,
    /// Part of an indicator value (case does not matter).
    pub indicator: Option<String>,
    /// Most rows returned (default 500, at most 5,000).
    pub limit: Option<usize>,
}

/// A verdict to record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerdictInput {
    pub verdict: String,
    #[serde(default)]
    pub note: String,
    pub reviewer: String,
    /// The revision the reviewer saw; when given and no longer current, the
    /// verdict is refused with [`VerdictError::Conflict`] instead of
    /// overwriting a colleague's. Without it the last write wins (the
    /// earlier verdict stays in the history).
    #[serde(default)]
    pub revision: Option<i64>,
}

/// Why a verdict was not recorded.
#[derive(Debug)]
pub enum VerdictError {
    NotFound(i64),
    Invalid(String),
    /// Someone else recorded a verdict since `revision` was read.
    Conflict {
        current: Box<Verdict>,
    },
    Store(Error),
}

impl std::fmt::Display for VerdictError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VerdictError::NotFound(id) => write!(f, "no case {id}"),
            VerdictError::Invalid(m) => f.write_str(m),
            VerdictError::Conflict { current } => write!(
                f,
                "the case was reviewed in the meantime: revision {} by {} ({}) at {}",
                current.revision, current.reviewer, current.verdict, current.at
            ),
            VerdictError::Store(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for VerdictError {}

/// What [`CaseStore::export`] wrote.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExportSummary {
    /// Labeled conversations written.
    pub written: usize,
    /// Reviewed cases left out because their verdict is `unsure`.
    pub unsure: usize,
    /// Cases without a verdict (not written).
    pub open: usize,
}

/// The case database. One connection behind a mutex: SQLite serialises
/// writers anyway, and every call is short.
pub struct CaseStore {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl std::fmt::Debug for CaseStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CaseStore")
            .field("path", &self.path)
            .finish()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl CaseStore {
    /// Opens (creating if needed) the database at `path`, switches it to WAL
    /// and runs the migrations it lacks. A database written by a newer build
    /// is refused rather than guessed at.
    pub fn open(path: &Path) -> Result<CaseStore> {
        let name = path.display().to_string();
        let db = |e: rusqlite::Error| Error::CaseDb {
            path: name.clone(),
            source: Box::new(e),
        };
        let mut conn = Connection::open(path).map_err(db)?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(db)?;
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(db)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::CaseDbState {
                path: name,
                reason: format!("cannot switch to WAL mode (journal mode is {mode})"),
            });
        }
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
            .map_err(db)?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(db)?;
        if version > SCHEMA_VERSION {
            return Err(Error::CaseDbState {
                path: name,
                reason: format!(
                    "schema version {version} is newer than this build's \
                     ({SCHEMA_VERSION}); use a newer chatrisk"
                ),
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = conn
                .transaction_with_behavior(TransactionBehavior::Exclusive)
                .map_err(db)?;
            tx.execute_batch(sql).map_err(db)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)
                .map_err(db)?;
            tx.commit().map_err(db)?;
        }
        Ok(CaseStore {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: rusqlite::Error) -> Error {
        Error::CaseDb {
            path: self.path.display().to_string(),
            source: Box::new(e),
        }
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent
        // (an open transaction rolls back on drop), so a poisoned lock is
        // still safe to use.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// SQLite's own consistency check: `Ok(())` when it answers "ok".
    pub fn integrity_check(&self) -> Result<()> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare("PRAGMA integrity_check")
            .map_err(|e| self.err(e))?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))?;
        if rows == ["ok"] {
            Ok(())
        } else {
            Err(Error::CaseDbState {
                path: self.path.display().to_string(),
                reason: format!("integrity check failed: {}", rows.join("; ")),
            })
        }
    }

    /// Stores conversations in ONE transaction: either all of them are
    /// committed or none. A conversation already stored (same canonical
    /// content) is answered with its existing case, marked `duplicate`.
    pub fn add(&self, cases: &[NewCase]) -> Result<Vec<Added>> {
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(cases.len());
        for c in cases {
            out.push(insert(&tx, c).map_err(|e| self.err(e))?);
        }
        tx.commit().map_err(|e| self.err(e))?;
        Ok(out)
    }

    /// The queue: cases matching `filter`, highest risk first.
    pub fn list(&self, filter: &Filter) -> Result<Vec<CaseSummary>> {
        let mut sql = format!("SELECT {SUMMARY_COLUMNS} FROM cases WHERE 1 = 1");
        let mut args: Vec<Value> = Vec::new();
        let mut eq = |column: &str, value: &Option<String>| {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                sql.push_str(&format!(" AND {column} = ?"));
                args.push(Value::String(v.to_string()));
            }
        };
        eq("level", &filter.level);
        eq("label", &filter.label);
        eq("lang", &filter.lang);
        eq("verdict", &filter.verdict);
        match filter.state.as_deref() {
            None | Some("") | Some("all") => {}
            Some("open") => sql.push_str(" AND verdict IS NULL"),
            Some("reviewed") => sql.push_str(" AND verdict IS NOT NULL"),
            Some(other) => {
                return Err(Error::params(
                    "state",
                    format!("unknown review state {other:?}: expected open, reviewed or all"),
                ));
            }
        }
        if let Some(v) = filter.indicator.as_deref().filter(|v| !v.is_empty()) {
            // Any part of a value, any case: what a reviewer types.
            sql.push_str(
                " AND id IN (SELECT case_id FROM indicators WHERE instr(lower(value), lower(?)) > 0)",
            );
            args.push(Value::String(v.to_string()));
        }
        let limit = filter.limit.unwrap_or(500).min(5_000);
        sql.push_str(&format!(" ORDER BY risk DESC, id LIMIT {limit}"));
        let conn = self.conn();
        let mut stmt = conn.prepare(&sql).map_err(|e| self.err(e))?;
        let params = args.iter().map(|v| v.as_str().unwrap_or_default());
        stmt.query_map(params_from_iter(params), summary)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))
    }

    /// The distinct values of a queue column, for filter menus.
    pub fn facets(&self) -> Result<Value> {
        let conn = self.conn();
        let mut out = Map::new();
        for column in ["level", "label", "lang"] {
            let mut stmt = conn
                .prepare(&format!(
                    "SELECT DISTINCT {column} FROM cases WHERE {column} IS NOT NULL ORDER BY 1"
                ))
                .map_err(|e| self.err(e))?;
            let values: Vec<String> = stmt
                .query_map([], |r| r.get(0))
                .and_then(|rows| rows.collect())
                .map_err(|e| self.err(e))?;
            out.insert(column.to_string(), json!(values));
        }
        let (total, open): (i64, i64) = conn
            .query_row(
                "SELECT count(*), count(*) - count(verdict) FROM cases",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))?;
        out.insert("total".into(), json!(total));
        out.insert("open".into(), json!(open));
        Ok(Value::Object(out))
    }

    /// One case with its history and the cases sharing its indicators.
    pub fn get(&self, case: i64) -> Result<Option<CaseDetail>> {
        let conn = self.conn();
        let row = conn
            .query_row(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, source_sha256, model_sha256, conversation, report, \
                     marks FROM cases WHERE id = ?"
                ),
                [case],
                |r| {
                    Ok((
                        summary(r)?,
                        r.get::<_, String>(12)?,
                        r.get::<_, String>(13)?,
                        r.get::<_, String>(14)?,
                        r.get::<_, String>(15)?,
                        r.get::<_, String>(16)?,
                    ))
                },
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some((summary, source_sha256, model_sha256, conversation, report, marks)) = row else {
            return Ok(None);
        };
        let corrupt = |what: &'static str, e: serde_json::Error| Error::CaseDbCorrupt {
            path: self.path.display().to_string(),
            case,
            what,
            source: e,
        };
        let conversation: Conversation =
            serde_json::from_str(&conversation).map_err(|e| corrupt("conversation", e))?;
        let report: Report = serde_json::from_str(&report).map_err(|e| corrupt("report", e))?;
        let marks: Vec<Marks> = serde_json::from_str(&marks).map_err(|e| corrupt("marks", e))?;
        let history = history(&conn, case).map_err(|e| self.err(e))?;
        let indicators = shared(&conn, case).map_err(|e| self.err(e))?;
        Ok(Some(CaseDetail {
            summary,
            source_sha256,
            model_sha256,
            conversation,
            report,
            marks,
            history,
            indicators,
        }))
    }

    /// Records a verdict (see [`VerdictInput::revision`] for concurrent reviewers).
    pub fn set_verdict(&self, case: i64, v: &VerdictInput) -> Result<Verdict, VerdictError> {
        if !VERDICTS.contains(&v.verdict.as_str()) {
            return Err(VerdictError::Invalid(format!(
                "unknown verdict {:?}: expected one of {}",
                v.verdict,
                VERDICTS.join(", ")
            )));
        }
        let reviewer = v.reviewer.trim();
        if reviewer.is_empty() || reviewer.chars().count() > 100 {
            return Err(VerdictError::Invalid(
                "the reviewer's name must be 1 to 100 characters".into(),
            ));
        }
        if v.note.len() > 10_000 {
            return Err(VerdictError::Invalid(
                "the note is longer than 10,000 bytes".into(),
            ));
        }
        let store = |e: rusqlite::Error| VerdictError::Store(self.err(e));
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(store)?;
        let current: Option<(i64, String)> = tx
            .query_row(
                "SELECT revision, model_version FROM cases WHERE id = ?",
                [case],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(store)?;
        let Some((revision, model_version)) = current else {
            return Err(VerdictError::NotFound(case));
        };
        if let Some(seen) = v.revision
            && seen != revision
        {
            let last = history(&tx, case).map_err(store)?.pop();
            return match last {
                Some(current) => Err(VerdictError::Conflict {
                    current: Box::new(current),
                }),
                None => Err(VerdictError::Invalid(format!(
                    "revision {seen} does not exist; the case has no verdict yet (revision 0)"
                ))),
            };
        }
        let next = revision + 1;
        tx.execute(
            &format!(
                "INSERT INTO verdicts (case_id, revision, verdict, note, reviewer, at, model_version) \
                 VALUES (?, ?, ?, ?, ?, {NOW}, ?)"
            ),
            params![case, next, v.verdict, v.note, reviewer, model_version],
        )
        .map_err(store)?;
        tx.execute(
            "UPDATE cases SET verdict = ?, revision = ? WHERE id = ?",
            params![v.verdict, next, case],
        )
        .map_err(store)?;
        let recorded = history(&tx, case).map_err(store)?.pop();
        tx.commit().map_err(store)?;
        recorded.ok_or_else(|| {
            VerdictError::Store(Error::CaseDbState {
                path: self.path.display().to_string(),
                reason: "the verdict was not recorded".into(),
            })
        })
    }

    /// Writes every reviewed case whose verdict is a label (not `unsure`) as
    /// one canonical JSON line: the conversation as it was imported, `label`
    /// set to the verdict, and a `review` object (case, reviewer, time, note,
    /// the model version and what the model said). Oldest case first.
    pub fn export(&self, out: &mut dyn Write) -> Result<ExportSummary> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare(
                "SELECT c.id, c.conversation, c.verdict, c.label, c.risk, c.model_version, \
                 v.reviewer, v.at, v.note, v.revision \
                 FROM cases c LEFT JOIN verdicts v ON v.case_id = c.id AND v.revision = c.revision \
                 ORDER BY c.id",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        let mut summary = ExportSummary::default();
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let get = |r: &rusqlite::Row<'_>| -> rusqlite::Result<_> {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, f64>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, Option<String>>(7)?,
                    r.get::<_, Option<String>>(8)?,
                    r.get::<_, Option<i64>>(9)?,
                ))
            };
            let (case, conversation, verdict, label, risk, model_version, reviewer, at, note, rev) =
                get(r).map_err(|e| self.err(e))?;
            let Some(verdict) = verdict else {
                summary.open += 1;
                continue;
            };
            if verdict == "unsure" {
                summary.unsure += 1;
                continue;
            }
            let mut conv: Conversation =
                serde_json::from_str(&conversation).map_err(|e| Error::CaseDbCorrupt {
                    path: self.path.display().to_string(),
                    case,
                    what: "conversation",
                    source: e,
                })?;
            conv.label = Some(verdict);
            conv.meta.insert(
                "review".into(),
                json!({
                    "case": case,
                    "revision": rev,
                    "reviewer": reviewer,
                    "at": at,
                    "note": note,
                    "model_version": model_version,
                    "model_label": label,
                    "model_risk": risk,
                }),
            );
            writeln!(out, "{}", conv.to_json_line()).map_err(|e| Error::io("export output", e))?;
            summary.written += 1;
        }
        Ok(summary)
    }
}

const SUMMARY_COLUMNS: &str = "id, conv_id, risk, level, label, lang, messages, source_name, \
                               model_version, created_at, verdict, revision";

fn summary(r: &rusqlite::Row<'_>) -> rusqlite::Result<CaseSummary> {
    Ok(CaseSummary {
        case: r.get(0)?,
        id: r.get(1)?,
        risk: r.get(2)?,
        level: r.get(3)?,
        label: r.get(4)?,
        lang: r.get(5)?,
        messages: r.get(6)?,
        source: r.get(7)?,
        model_version: r.get(8)?,
        created_at: r.get(9)?,
        verdict: r.get(10)?,
        revision: r.get(11)?,
    })
}

fn history(conn: &Connection, case: i64) -> rusqlite::Result<Vec<Verdict>> {
    let mut stmt = conn.prepare(
        "SELECT revision, verdict, note, reviewer, at, model_version FROM verdicts \
         WHERE case_id = ? ORDER BY revision",
    )?;
    stmt.query_map([case], |r| {
        Ok(Verdict {
            revision: r.get(0)?,
            verdict: r.get(1)?,
            note: r.get(2)?,
            reviewer: r.get(3)?,
            at: r.get(4)?,
            model_version: r.get(5)?,
        })
    })?
    .collect()
}

fn shared(conn: &Connection, case: i64) -> rusqlite::Result<Vec<SharedIndicator>> {
    let mut own =
        conn.prepare("SELECT kind, value FROM indicators WHERE case_id = ? ORDER BY kind, value")?;
    let pairs: Vec<(String, String)> = own
        .query_map([case], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut others = conn.prepare(
        "SELECT c.id, c.conv_id, c.risk, c.verdict FROM indicators i JOIN cases c ON c.id = i.case_id \
         WHERE i.kind = ? AND i.value = ? AND i.case_id != ? ORDER BY c.risk DESC, c.id LIMIT 100",
    )?;
    let ignore = crate::link::IgnoreList::builtin();
    let mut out = Vec::with_capacity(pairs.len());
    for (kind, value) in pairs {
        if ignore.matches(&kind, &value) {
            out.push(SharedIndicator {
                kind,
                value,
                cases: Vec::new(),
                ignored: true,
            });
            continue;
        }
        let cases = others
            .query_map(params![kind, value, case], |r| {
                Ok(Linked {
                    case: r.get(0)?,
                    id: r.get(1)?,
                    risk: r.get(2)?,
                    verdict: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        out.push(SharedIndicator {
            kind,
            value,
            cases,
            ignored: false,
        });
    }
    Ok(out)
}

fn insert(tx: &rusqlite::Transaction<'_>, c: &NewCase) -> rusqlite::Result<Added> {
    let line = c.conversation.to_json_line();
    let content = hex(&Sha256::digest(line.as_bytes()));
    let report = &c.report;
    let existing: Option<(i64, f64, String, String)> = tx
        .query_row(
            "SELECT id, risk, level, label FROM cases WHERE content_sha256 = ?",
            [&content],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    if let Some((case, risk, level, label)) = existing {
        return Ok(Added {
            case,
            id: c.conversation.id.clone(),
            risk,
            level,
            label,
            duplicate: true,
        });
    }
    tx.execute(
        &format!(
            "INSERT INTO cases (conv_id, content_sha256, source_name, source_sha256, conversation, \
             report, marks, risk, level, label, lang, messages, model_version, model_sha256, \
             created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {NOW})"
        ),
        params![
            c.conversation.id,
            content,
            c.source.name,
            c.source.sha256,
            line,
            to_json(report),
            to_json(&c.marks),
            report.risk,
            report.level.name(),
            report.label,
            c.conversation.lang,
            c.conversation.messages.len() as i64,
            report.model.version,
            report.model.sha256,
        ],
    )?;
    let case = tx.last_insert_rowid();
    let mut ind = tx.prepare_cached(
        "INSERT OR IGNORE INTO indicators (case_id, kind, value) VALUES (?, ?, ?)",
    )?;
    for (kind, value) in report.indicators.iter() {
        ind.execute(params![case, kind, value])?;
    }
    Ok(Added {
        case,
        id: c.conversation.id.clone(),
        risk: report.risk,
        level: report.level.name().to_string(),
        label: report.label.clone(),
        duplicate: false,
    })
}

/// Serialising our own plain structs (strings, numbers, maps) cannot fail.
fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// Whether `name` is a stage signal (what the page tags messages with).
pub fn is_stage(name: &str) -> bool {
    Signal::from_name(name).is_some_and(|s| s.is_stage())
}
