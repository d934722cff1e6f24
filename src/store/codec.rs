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

/// A type stored in the journal, with the version of its layout. Bumping
/// `VERSION` means keeping the previous layout in `store::legacy` and
/// converting from it in `upgrade`.
pub trait Record: Serialize + DeserializeOwned {
    const VERSION: u16 = 1;

    /// Reads a value written in an older layout.
    fn upgrade(version: u16, _body: &[u8]) -> Result<Self, CodecError> {
        Err(CodecError::Unknown(version))
    }
}

/// Decodes exactly one value of a layout from `body`, refusing leftovers.
pub fn decode_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, CodecError> {
    let (value, used) = bincode::serde::decode_from_slice(body, config())
        .map_err(|e| CodecError::Decode(e.to_string()))?;
    if used != body.len() {
        return Err(CodecError::Trailing(body.len() - used));
    }
    Ok(value)
}

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
    #[error("record layout v{0} is newer than this givegive understands")]
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
pub fn encode<T: Record>(value: &T) -> Result<Vec<u8>, CodecError> {
    let mut out = T::VERSION.to_be_bytes().to_vec();
    let body = bincode::serde::encode_to_vec(value, config())
        .map_err(|e| CodecError::Encode(e.to_string()))?;
    out.extend_from_slice(&body);
    Ok(out)
}

/// Decodes a value written by [`encode`] in this or an earlier version.
pub fn decode<T: Record>(bytes: &[u8]) -> Result<T, CodecError> {
    let (head, body) = bytes.split_at_checked(2).ok_or(CodecError::Truncated)?;
    let version = u16::from_be_bytes([head[0], head[1]]);
    match version {
        v if v == T::VERSION => decode_body(body),
        v if v > T::VERSION => Err(CodecError::TooNew(v)),
        0 => Err(CodecError::Unknown(0)),
        v => T::upgrade(v, body),
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

    impl Record for Old {}

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Grown {
        a: u32,
        b: String,
    }

    impl Record for Grown {}

    /// Version 2 of `Old`, which reads version 1.
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Upgraded {
        a: u32,
        note: String,
    }

    impl Record for Upgraded {
        const VERSION: u16 = 2;

        fn upgrade(version: u16, body: &[u8]) -> Result<Self, CodecError> {
            match version {
                1 => decode_body::<Old>(body).map(|o| Upgraded {
                    a: o.a,
                    note: "from v1".into(),
                }),
                v => Err(CodecError::Unknown(v)),
            }
        }
    }

    #[test]
    fn an_older_layout_is_upgraded_on_read() -> Result<(), CodecError> {
        let old = encode(&Old { a: 7 })?;
        assert_eq!(
            decode::<Upgraded>(&old)?,
            Upgraded {
                a: 7,
                note: "from v1".into()
            }
        );
        let new = encode(&Upgraded {
            a: 1,
            note: "x".into(),
        })?;
        assert_eq!(&new[..2], &[0, 2]);
        assert!(matches!(decode::<Old>(&new), Err(CodecError::TooNew(2))));
        Ok(())
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
