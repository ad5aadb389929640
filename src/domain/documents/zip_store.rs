//! A minimal ZIP writer for the `.docx` container: "Stored" entries only (a DOCX is a handful
//! of small XML parts), a fixed date, UTF-8 names.
//!
//! Written here rather than taken from the `zip` crate on purpose: with compression off that
//! crate still adds about 31 KB gzip to the wasm (its writer, error types and crc32fast's
//! 16 KB table), against about 1 KB for these lines, and the app has a 350 KB gzip budget.
//! The `zip` crate stays as a dev-dependency: the tests read every archive back with it.

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), table built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

pub fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8);
    }
    c ^ 0xFFFF_FFFF
}

/// 1980-01-01 00:00 in MS-DOS format: the clock is never read (it panics on wasm32) and the
/// same document always gives the same bytes.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = (1 << 5) | 1;
/// Bit 11: names are UTF-8.
const FLAGS: u16 = 1 << 11;
const VERSION: u16 = 20;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The fields a local file header and its central directory record share, from «version
/// needed» to the length of the extra field (none): a stored entry of `size` bytes.
fn entry_fields(out: &mut Vec<u8>, crc: u32, size: u32, name_len: u16) {
    u16le(out, VERSION);
    u16le(out, FLAGS);
    u16le(out, 0); // stored
    u16le(out, DOS_TIME);
    u16le(out, DOS_DATE);
    u32le(out, crc);
    u32le(out, size);
    u32le(out, size);
    u16le(out, name_len);
    u16le(out, 0); // extra
}

/// Packs `(name, content)` entries, in order, into a ZIP archive. Sizes beyond 4 GiB (ZIP64)
/// are not supported: a document is a few hundred kilobytes.
pub fn store(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let name = name.as_bytes();
        // Local file header.
        u32le(&mut out, 0x0403_4b50);
        entry_fields(&mut out, crc, size, name.len() as u16);
        out.extend_from_slice(name);
        out.extend_from_slice(data);
        // Its central directory record.
        u32le(&mut central, 0x0201_4b50);
        u16le(&mut central, VERSION); // made by
        entry_fields(&mut central, crc, size, name.len() as u16);
        u16le(&mut central, 0); // comment
        u16le(&mut central, 0); // disk
        u16le(&mut central, 0); // internal attributes
        u32le(&mut central, 0); // external attributes
        u32le(&mut central, offset);
        central.extend_from_slice(name);
    }
    let central_offset = out.len() as u32;
    let central_size = central.len() as u32;
    out.extend_from_slice(&central);
    // End of central directory.
    u32le(&mut out, 0x0605_4b50);
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, entries.len() as u16);
    u16le(&mut out, entries.len() as u16);
    u32le(&mut out, central_size);
    u32le(&mut out, central_offset);
    u16le(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        // The check value of CRC-32/ISO-HDLC.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn the_zip_crate_reads_every_entry_back() {
        let big = "Положение «о наставничестве» & <xml/>\n".repeat(2000);
        let entries: [(&str, &[u8]); 3] = [
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", big.as_bytes()),
            ("empty.txt", b""),
        ];
        let bytes = store(&entries);
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a valid zip");
        assert_eq!(archive.len(), 3);
        for (i, (name, data)) in entries.iter().enumerate() {
            let mut f = archive.by_index(i).unwrap();
            assert_eq!(f.name().unwrap(), *name);
            assert_eq!(f.compression(), zip::CompressionMethod::Stored);
            let mut content = Vec::new();
            f.read_to_end(&mut content).unwrap();
            assert_eq!(&content, data, "{name}");
        }
    }
}
