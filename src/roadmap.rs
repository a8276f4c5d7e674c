//! The order a learner meets a pack's exercises in: topics as `topics.yaml`
//! lists them, and within a topic the easiest first (then by name).  `list`,
//! `next`, `watch`, `init` and `drill` all follow it.

use crate::spec::{Pack, Topic};

/// One exercise in roadmap order.
#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub topic: String,
    pub title: String,
    /// 1 to 3; `None` when the spec is broken.
    pub difficulty: Option<u8>,
    /// The first problem of a broken spec, for display.
    pub broken: Option<String>,
}

/// The pack's exercises in roadmap order.  Parses every spec; a broken one
/// still appears (last in its topic) so that it is not silently lost.
pub fn items(pack: &Pack) -> Vec<Item> {
    let mut out = Vec::with_capacity(pack.ids.len());
    for topic in &pack.topics {
        let mut group: Vec<Item> = pack
            .ids
            .iter()
            .filter(|id| id.split('/').next() == Some(topic.id.as_str()))
            .map(|id| match pack.exercise(id) {
                Ok(ex) => Item {
                    id: id.clone(),
                    topic: topic.id.clone(),
                    title: ex.title,
                    difficulty: Some(ex.difficulty),
                    broken: None,
                },
                Err(errs) => Item {
                    id: id.clone(),
                    topic: topic.id.clone(),
                    title: String::new(),
                    difficulty: None,
                    broken: Some(errs.first().map(|e| e.to_string()).unwrap_or_default()),
                },
            })
            .collect();
        group.sort_by(|a, b| {
            let key = |i: &Item| i.difficulty.unwrap_or(u8::MAX);
            key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
        });
        out.extend(group);
    }
    out
}

/// The topics that hold at least one of `items`, in roadmap order.
pub fn topics_with<'a>(pack: &'a Pack, items: &[Item]) -> Vec<&'a Topic> {
    pack.topics
        .iter()
        .filter(|t| items.iter().any(|i| i.topic == t.id))
        .collect()
}

/// `★★☆` for difficulty 2.
pub fn stars(difficulty: Option<u8>) -> String {
    let d = usize::from(difficulty.unwrap_or(0).min(3));
    format!("{}{}", "★".repeat(d), "☆".repeat(3 - d))
}
