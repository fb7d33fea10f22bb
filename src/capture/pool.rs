//! A few requests at a time: enough to fetch an issue's 40 sources in about
//! the time of the slowest few, few enough to be polite to one site and to a
//! slow connection.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// How many requests run at once.
pub const CONCURRENT_REQUESTS: usize = 6;

/// Runs `work` on every item, at most `limit` at once, and hands each result
/// to `done` on the calling thread as it arrives, with the item's index.
/// Setting `cancel` starts no new item; those running finish.
pub fn for_each_bounded<T, R>(
    items: Vec<T>,
    limit: usize,
    cancel: &AtomicBool,
    work: impl Fn(T) -> R + Sync,
    mut done: impl FnMut(usize, R),
) where
    T: Send,
    R: Send,
{
    let queue = Mutex::new(items.into_iter().enumerate());
    let (sender, results) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..limit.max(1) {
            let sender = sender.clone();
            let (queue, work) = (&queue, &work);
            scope.spawn(move || {
                loop {
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    // A poisoned queue means a worker panicked; the others stop.
                    let next = match queue.lock() {
                        Ok(mut queue) => queue.next(),
                        Err(_) => None,
                    };
                    let Some((index, item)) = next else { break };
                    if sender.send((index, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        for (index, result) in results {
            done(index, result);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn every_item_once_and_never_more_than_the_limit_at_once() {
        let running = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let mut seen = Vec::new();
        for_each_bounded(
            (0..40).collect(),
            6,
            &AtomicBool::new(false),
            |n: usize| {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(2));
                running.fetch_sub(1, Ordering::SeqCst);
                n * 2
            },
            |index, result| seen.push((index, result)),
        );
        seen.sort();
        assert_eq!(seen, (0..40).map(|n| (n, n * 2)).collect::<Vec<_>>());
        assert!(most.load(Ordering::SeqCst) <= 6);
    }

    #[test]
    fn cancelled_before_the_start_runs_nothing() {
        let mut seen = 0;
        for_each_bounded(
            vec![1, 2, 3],
            2,
            &AtomicBool::new(true),
            |n| n,
            |_, _| seen += 1,
        );
        assert_eq!(seen, 0);
    }
}
