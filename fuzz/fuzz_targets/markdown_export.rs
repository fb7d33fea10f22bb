#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| monitor_workbench_fuzz::markdown_export(data));
