//! Racket linking: conversations that share a payment handle, phone number,
//! wallet or URL are probably the same operation. Groups them into
//! clusters, largest first.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::report::Report;

/// Indicator kinds that identify an operator (e-mail and gift cards too).
const LINKING_KINDS: [&str; 5] = ["upi", "phone", "crypto", "url", "email"];

/// A group of conversations joined by shared indicators.
#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    pub size: usize,
    pub conversations: Vec<String>,
    /// `kind:value` indicators seen in at least two members.
    pub shared: Vec<String>,
    pub max_risk: f64,
    pub labels: BTreeMap<String, usize>,
}

/// Clusters reports sharing any indicator (union-find); singletons are left out.
pub fn link(reports: &[Report]) -> Vec<Cluster> {
    let mut parent: Vec<usize> = (0..reports.len()).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut owners: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in reports.iter().enumerate() {
        for (kind, value) in r.indicators.iter() {
            if LINKING_KINDS.contains(&kind) {
                let key = format!("{kind}:{value}");
                let list = owners.entry(key).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
    }
    for members in owners.values() {
        for w in members.windows(2) {
            let (a, b) = (find(&mut parent, w[0]), find(&mut parent, w[1]));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..reports.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut clusters: Vec<Cluster> = groups
        .into_values()
        .filter(|m| m.len() > 1)
        .map(|members| {
            let shared = owners
                .iter()
                .filter(|(_, owners)| owners.len() > 1 && members.contains(&owners[0]))
                .map(|(k, _)| k.clone())
                .collect();
            let mut labels = BTreeMap::new();
            for &i in &members {
                *labels.entry(reports[i].label.clone()).or_default() += 1;
            }
            Cluster {
                size: members.len(),
                conversations: members.iter().map(|&i| reports[i].id.clone()).collect(),
                shared,
                max_risk: members.iter().map(|&i| reports[i].risk).fold(0.0, f64::max),
                labels,
            }
        })
        .collect();
    clusters.sort_by(|a, b| {
        b.size
            .cmp(&a.size)
            .then(a.conversations.cmp(&b.conversations))
    });
    clusters
}
