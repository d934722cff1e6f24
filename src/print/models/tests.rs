use super::size;

#[test]
fn sizes_read_like_a_file_manager() {
    assert_eq!(size(0), "0 B");
    assert_eq!(size(999), "999 B");
    assert_eq!(size(1000), "1.0 kB");
    assert_eq!(size(14_200), "14.2 kB");
    assert_eq!(size(999_949), "999.9 kB");
    assert_eq!(size(999_950), "1.0 MB");
    assert_eq!(size(3_100_000_000), "3.1 GB");
}
