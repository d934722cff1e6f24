//! The byte format of stored values: a versioned envelope around bincode.
//!
//! bincode is not self-describing, so a value is prefixed with the version of
//! its record layout. Decoding checks the version and refuses trailing bytes:
//! a layout that drifted (a field added or reordered without a new version)
//! fails loudly instead of misreading. Only this module calls bincode, so the
//! format can be swapped without touching anything else.

use bincode::config::{self, Configuration, Limit};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The record layout this build writes. Older layouts are converted on read
/// (see `docs/data-model.md`); there are none yet.
pub const RECORD_VERSION: u16 = 1;

/// Decoding never allocates more than this for one value, so a damaged length
/// prefix cannot ask for gigabytes.
const LIMIT: usize = 64 * 1024 * 1024;

fn config() -> Configuration<config::LittleEndian, config::Varint, Limit<LIMIT>> {
    config::standard().with_limit::<LIMIT>()
}

/// Why a stored value could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum CodecError {
    #[error("the value is empty or shorter than its envelope")]
    Truncated,
    #[error("record layout v{0} is newer than this givegive understands (v{RECORD_VERSION})")]
    TooNew(u16),
    #[error("record layout v{0} is unknown")]
    Unknown(u16),
    #[error("{0} bytes are left over after the record: the layout does not match")]
    Trailing(usize),
    #[error("{0}")]
    Decode(String),
    #[error("{0}")]
    Encode(String),
}

/// Encodes `value` in the current envelope.
pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, CodecError> {
    let mut out = RECORD_VERSION.to_be_bytes().to_vec();
    let body = bincode::serde::encode_to_vec(value, config())
        .map_err(|e| CodecError::Encode(e.to_string()))?;
    out.extend_from_slice(&body);
    Ok(out)
}

/// Decodes a value written by [`encode`] in this or an earlier version.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, CodecError> {
    let (head, body) = bytes.split_at_checked(2).ok_or(CodecError::Truncated)?;
    let version = u16::from_be_bytes([head[0], head[1]]);
    match version {
        RECORD_VERSION => {
            let (value, used) = bincode::serde::decode_from_slice(body, config())
                .map_err(|e| CodecError::Decode(e.to_string()))?;
            if used != body.len() {
                return Err(CodecError::Trailing(body.len() - used));
            }
            Ok(value)
        }
        v if v > RECORD_VERSION => Err(CodecError::TooNew(v)),
        v => Err(CodecError::Unknown(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Old {
        a: u32,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Grown {
        a: u32,
        b: String,
    }

    #[test]
    fn round_trips() -> Result<(), CodecError> {
        let bytes = encode(&Grown {
            a: 7,
            b: "x".into(),
        })?;
        assert_eq!(
            decode::<Grown>(&bytes)?,
            Grown {
                a: 7,
                b: "x".into()
            }
        );
        Ok(())
    }

    #[test]
    fn a_drifted_layout_is_refused_not_misread() -> Result<(), CodecError> {
        let bytes = encode(&Grown {
            a: 7,
            b: "x".into(),
        })?;
        assert!(matches!(
            decode::<Old>(&bytes),
            Err(CodecError::Trailing(_))
        ));
        let short = encode(&Old { a: 7 })?;
        assert!(decode::<Grown>(&short).is_err());
        Ok(())
    }

    #[test]
    fn envelope_versions_are_checked() {
        assert!(matches!(decode::<Old>(&[]), Err(CodecError::Truncated)));
        assert!(matches!(
            decode::<Old>(&[0, 9, 1]),
            Err(CodecError::TooNew(9))
        ));
        assert!(matches!(
            decode::<Old>(&[0, 0, 1]),
            Err(CodecError::Unknown(0))
        ));
    }
}
