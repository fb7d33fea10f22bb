#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| monitor_workbench_fuzz::page_metadata(data));
