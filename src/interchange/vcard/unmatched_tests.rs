//! The refusal of a file whose cards do not begin and end in pairs.

/// Counted in words either way the lines fail to pair: before, a cut
/// file said "1 cards begin but 0 end".
#[test]
fn a_cut_file_is_counted_in_words() {
    let cut = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\n";
    assert_eq!(
        super::parse(cut).err().as_deref(),
        Some("1 card begins but none ends: a card has no END:VCARD (is the file cut short?)")
    );
    let extra = "BEGIN:VCARD\r\nFN:Ann\r\nEND:VCARD\r\nEND:VCARD\r\n";
    assert_eq!(
        super::parse(extra).err().as_deref(),
        Some("1 card begins but 2 end: an END:VCARD has no BEGIN:VCARD")
    );
}
