//! `chatrisk link`: clusters of results that share indicators.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chatrisk::link::{GraphFormat, IgnoreList, LinkOptions};
use chatrisk::redact::RedactKey;
use chatrisk::{Error, Level, Outcome, Report};
use clap::Args;

use super::{exit_for, read_results, render, stdout, write_err};

#[derive(Args)]
pub struct LinkArgs {
    /// Results JSONL from `scan` or `score --json`.
    #[arg(required = true)]
    results: Vec<PathBuf>,
    /// One JSON object per cluster (with --indicators: per indicator).
    #[arg(long)]
    json: bool,
    /// More indicators never to link on (`kind:value` or `kind:*.suffix`
    /// per line), on top of the built-in list of helplines, government and
    /// bank domains.
    #[arg(long, value_name = "FILE")]
    ignore: Vec<PathBuf>,
    /// Do not use the built-in ignore-list.
    #[arg(long)]
    no_default_ignore: bool,
    /// Only results at or above this level take part.
    #[arg(long, default_value = "low")]
    min_level: Level,
    /// Also list every indicator with its conversations, first and last seen.
    #[arg(long)]
    indicators: bool,
    /// Print the clusters as a graph instead: dot (Graphviz) or graphml.
    #[arg(long, value_name = "FORMAT")]
    graph: Option<GraphFormat>,
    /// Mask conversation ids, phones, UPI IDs and e-mails in the output.
    #[arg(long)]
    redact: bool,
    /// Redaction key (`chatrisk key new`): pseudonyms for --redact, and to
    /// apply the ignore-list to results scanned with `--redact --key`.
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
}

impl LinkArgs {
    pub fn run(self) -> Result<ExitCode, Error> {
        let mut results = read_results(&self.results)?;
        for e in &results.unreadable {
            eprintln!("error: {e}");
        }
        super::disambiguate_ids(&mut results.outcomes);
        let reports: Vec<Report> = results
            .outcomes
            .into_iter()
            .filter_map(|o| match o {
                Outcome::Report(r) => Some(*r),
                Outcome::Error(_) => None,
            })
            .collect();
        let key = self.key.as_deref().map(RedactKey::load).transpose()?;
        let mut ignore = if self.no_default_ignore {
            IgnoreList::default()
        } else {
            IgnoreList::builtin()
        };
        for f in &self.ignore {
            ignore.extend(IgnoreList::load(f)?);
        }
        if let Some(k) = &key {
            ignore = ignore.with_key(k);
        }
        let opts = LinkOptions {
            ignore,
            min_level: self.min_level,
        };
        let mut linked = chatrisk::link::link_with(&reports, &opts);
        let mut shown = reports;
        if self.redact {
            let k = match &key {
                Some(k) => k,
                None => {
                    eprintln!(
                        "note: --redact without --key: pseudonyms use a random key for this run only and cannot be resolved"
                    );
                    RedactKey::ephemeral()
                }
            };
            linked.redact(k);
            for r in &mut shown {
                if !chatrisk::redact::is_pseudonym(&r.id) {
                    r.id = k.pseudonym("id", &r.id);
                }
            }
        }
        let mut out = stdout();
        match self.graph {
            Some(GraphFormat::Dot) => {
                out.write_all(chatrisk::link::to_dot(&linked, &shown).as_bytes())
                    .map_err(write_err)?;
            }
            Some(GraphFormat::Graphml) => {
                out.write_all(chatrisk::link::to_graphml(&linked, &shown).as_bytes())
                    .map_err(write_err)?;
            }
            None if self.json && self.indicators => {
                for r in &linked.indicators {
                    json_line(&mut out, r)?;
                }
            }
            None if self.json => {
                for c in &linked.clusters {
                    json_line(&mut out, c)?;
                }
            }
            None => render::linked(&mut out, &linked, self.indicators).map_err(write_err)?,
        }
        out.flush().map_err(write_err)?;
        Ok(exit_for(results.unreadable.len()))
    }
}

fn json_line<T: serde::Serialize>(out: &mut super::Stdout, v: &T) -> Result<(), Error> {
    let line = serde_json::to_string(v).map_err(|e| Error::json("link output", e))?;
    writeln!(out, "{line}").map_err(write_err)
}
