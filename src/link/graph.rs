//! The clusters as a graph: conversations and the indicators they share,
//! as Graphviz DOT or GraphML (Gephi, yEd, Cytoscape, NetworkX).

use std::fmt::Write;

use super::Linked;
use crate::report::Report;

/// Graph file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Graphml,
}

impl std::str::FromStr for GraphFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "dot" => Ok(GraphFormat::Dot),
            "graphml" => Ok(GraphFormat::Graphml),
            _ => Err(format!(
                "unknown graph format {s:?}: expected dot or graphml"
            )),
        }
    }
}

/// Nodes and edges of the clusters: conversation `c<i>` (input position),
/// indicator `i<j>`, an edge where a member has a shared indicator.
struct Graph<'a> {
    /// (cluster number from 1, member positions)
    clusters: Vec<(usize, &'a [usize])>,
    /// (node id, label)
    indicators: Vec<(String, &'a str)>,
    edges: Vec<(String, String)>,
}

fn graph<'a>(linked: &'a Linked) -> Graph<'a> {
    let clusters: Vec<(usize, &[usize])> = linked
        .clusters
        .iter()
        .enumerate()
        .map(|(n, c)| (n + 1, c.members.as_slice()))
        .collect();
    let mut indicators = Vec::new();
    let mut edges = Vec::new();
    for (j, row) in linked
        .indicators
        .iter()
        .filter(|r| !r.ignored && r.members.len() > 1)
        .enumerate()
    {
        let node = format!("i{j}");
        for m in &row.members {
            edges.push((format!("c{m}"), node.clone()));
        }
        indicators.push((node, row.indicator.as_str()));
    }
    Graph {
        clusters,
        indicators,
        edges,
    }
}

fn dot_quote(s: &str) -> String {
    format!("\"{}\"", dot_escape(s))
}

fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Graphviz DOT: one subgraph per cluster, conversations as boxes
/// (label, level and risk), indicators as ellipses.
pub fn to_dot(linked: &Linked, reports: &[Report]) -> String {
    let g = graph(linked);
    let mut out = String::from("graph chatrisk_links {\n  node [fontname=\"Helvetica\"];\n");
    for (n, members) in &g.clusters {
        let _ = writeln!(out, "  subgraph cluster_{n} {{\n    label=\"cluster {n}\";");
        for &m in *members {
            let r = &reports[m];
            let color = match r.level {
                crate::report::Level::High => "#c62828",
                crate::report::Level::Medium => "#ef8f00",
                crate::report::Level::Low => "#6b7280",
            };
            let _ = writeln!(
                out,
                "    c{m} [shape=box, color={}, label=\"{}\\n{} {} {:.2}\"];",
                dot_quote(color),
                dot_escape(&r.id),
                dot_escape(&r.label),
                r.level.name(),
                r.risk
            );
        }
        out.push_str("  }\n");
    }
    for (node, label) in &g.indicators {
        let _ = writeln!(out, "  {node} [shape=ellipse, label={}];", dot_quote(label));
    }
    for (a, b) in &g.edges {
        let _ = writeln!(out, "  {a} -- {b};");
    }
    out.push_str("}\n");
    out
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// GraphML with node attributes `kind` (conversation or indicator),
/// `label`, `cluster`, `risk`, `level` and `verdict`.
pub fn to_graphml(linked: &Linked, reports: &[Report]) -> String {
    let g = graph(linked);
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n\
         \x20 <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n\
         \x20 <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n\
         \x20 <key id=\"cluster\" for=\"node\" attr.name=\"cluster\" attr.type=\"int\"/>\n\
         \x20 <key id=\"risk\" for=\"node\" attr.name=\"risk\" attr.type=\"double\"/>\n\
         \x20 <key id=\"level\" for=\"node\" attr.name=\"level\" attr.type=\"string\"/>\n\
         \x20 <key id=\"verdict\" for=\"node\" attr.name=\"verdict\" attr.type=\"string\"/>\n\
         \x20 <graph id=\"links\" edgedefault=\"undirected\">\n",
    );
    for (n, members) in &g.clusters {
        for &m in *members {
            let r = &reports[m];
            let _ = writeln!(
                out,
                "    <node id=\"c{m}\"><data key=\"kind\">conversation</data><data key=\"label\">{}</data><data key=\"cluster\">{n}</data><data key=\"risk\">{:.4}</data><data key=\"level\">{}</data><data key=\"verdict\">{}</data></node>",
                xml_escape(&r.id),
                r.risk,
                r.level.name(),
                xml_escape(&r.label)
            );
        }
    }
    for (node, label) in &g.indicators {
        let _ = writeln!(
            out,
            "    <node id=\"{node}\"><data key=\"kind\">indicator</data><data key=\"label\">{}</data></node>",
            xml_escape(label)
        );
    }
    for (k, (a, b)) in g.edges.iter().enumerate() {
        let _ = writeln!(out, "    <edge id=\"e{k}\" source=\"{a}\" target=\"{b}\"/>");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}
