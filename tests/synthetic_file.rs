//! Writes synthetic issues to files for measuring the binary by hand
//! (BENCHMARKS.md):
//! `WRITE_SYNTHETIC=target cargo test --features synthetic --test synthetic_file -- --ignored`.

use std::path::PathBuf;

use monitor_workbench::synthetic::{Scale, generate};

#[test]
#[ignore = "writes files for manual measurements"]
fn write_synthetic_issues() {
    let dir =
        PathBuf::from(std::env::var("WRITE_SYNTHETIC").unwrap_or_else(|_| "target".to_owned()));
    for scale in [1, 10, 100] {
        let path = dir.join(format!("synthetic-{scale}x.ron"));
        monitor_workbench::store::save(&path, &generate(Scale(scale), 2026)).expect("write");
        println!("{}", path.display());
    }
}
