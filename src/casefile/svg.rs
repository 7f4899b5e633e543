//! The stage timeline as an inline SVG: messages along x, the running risk
//! as a line (when the results have `--timeline`), the driving window as a
//! band, each stage as a marker with its name, the first alert as a rule.

use std::fmt::Write;

use super::html::esc;
use crate::report::Report;

const W: f64 = 720.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 704.0;
const TOP: f64 = 14.0;
const BASE: f64 = 104.0;
const ROWS: usize = 3;

fn x_of(i: usize, n: usize) -> f64 {
    if n <= 1 {
        (LEFT + RIGHT) / 2.0
    } else {
        LEFT + (RIGHT - LEFT) * i as f64 / (n - 1) as f64
    }
}

fn y_of(risk: f64) -> f64 {
    BASE - (BASE - TOP) * risk.clamp(0.0, 1.0)
}

pub fn timeline(r: &Report) -> String {
    let n = r.messages.max(1);
    let height = BASE + 18.0 + 13.0 * ROWS as f64;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"timeline\" viewBox=\"0 0 {W} {height}\" width=\"100%\" role=\"img\" aria-label=\"stage timeline\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    if let Some([a, b]) = r.window {
        let (xa, xb) = (x_of(a, n), x_of(b, n));
        let _ = write!(
            s,
            "<rect x=\"{:.1}\" y=\"{TOP}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#fde7c8\"><title>driving window: messages {a}–{b}</title></rect>",
            xa - 3.0,
            (xb - xa) + 6.0,
            BASE - TOP
        );
    }
    // Axes and the risk scale.
    let _ = write!(
        s,
        "<line x1=\"{LEFT}\" y1=\"{BASE}\" x2=\"{RIGHT}\" y2=\"{BASE}\" stroke=\"#555\"/>\
         <line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{BASE}\" stroke=\"#bbb\"/>\
         <text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">1.0</text>\
         <text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">0.5</text>\
         <text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">0</text>\
         <line x1=\"{LEFT}\" y1=\"{:.1}\" x2=\"{RIGHT}\" y2=\"{:.1}\" stroke=\"#eee\"/>",
        LEFT - 4.0,
        TOP + 4.0,
        LEFT - 4.0,
        y_of(0.5) + 4.0,
        LEFT - 4.0,
        BASE,
        y_of(0.5),
        y_of(0.5),
    );
    let _ = write!(
        s,
        "<text x=\"{RIGHT}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">message {}</text>",
        BASE + 12.0,
        n - 1
    );
    if let Some(t) = &r.timeline {
        let points: Vec<String> = t
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", x_of(i, n), y_of(*v)))
            .collect();
        if !points.is_empty() {
            let _ = write!(
                s,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"#b71c1c\" stroke-width=\"1.6\"><title>running risk after each message</title></polyline>",
                points.join(" ")
            );
        }
    }
    if let Some(m) = r.first_alert_message {
        let x = x_of(m, n);
        let _ = write!(
            s,
            "<line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{BASE}\" stroke=\"#b71c1c\" stroke-dasharray=\"3 2\"/>\
             <text x=\"{:.1}\" y=\"{}\" font-size=\"10\" fill=\"#b71c1c\">first alert #{m}</text>",
            x + 3.0,
            TOP + 8.0
        );
    }
    for (k, st) in r.stages.iter().enumerate() {
        let x = x_of(st.message, n);
        let row = k % ROWS;
        let y = BASE + 26.0 + 13.0 * row as f64;
        let anchor = if x > RIGHT - 80.0 { "end" } else { "start" };
        let _ = write!(
            s,
            "<circle cx=\"{x:.1}\" cy=\"{BASE}\" r=\"4\" fill=\"#1f4e99\"/>\
             <line x1=\"{x:.1}\" y1=\"{BASE}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#1f4e99\" stroke-width=\"0.6\"/>\
             <text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"10\" text-anchor=\"{anchor}\">{} #{}</text>",
            y - 9.0,
            esc(&st.stage),
            st.message
        );
    }
    s.push_str("</svg>");
    s
}
