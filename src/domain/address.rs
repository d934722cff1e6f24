//! Postal addresses, kept in the parts vCard's `ADR` and Google's address
//! columns use, so an address book's export comes back out as it came in.

use serde::{Deserialize, Serialize};

use super::text::{fold, tidy};

/// One address. A stored layout (inside `Contact`): fields are only added
/// with a new record version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Address {
    /// "home", "work", or whatever the address book called it; may be empty.
    pub label: String,
    /// Street and number, with any building, floor or post box: may hold
    /// several lines.
    pub street: String,
    pub city: String,
    pub region: String,
    pub postcode: String,
    pub country: String,
}

impl Address {
    /// Reads an address as typed: `[LABEL=]TEXT`. TEXT is either free text
    /// (kept whole as the street: "Via Roma 1, 20121 Milano") or five parts
    /// split by `;`: `street;city;region;postcode;country`.
    pub fn parse(text: &str) -> Result<Address, String> {
        let (label, rest) = match text.split_once('=') {
            Some((label, rest)) if !label.contains(';') => (tidy(label), rest),
            _ => (String::new(), text),
        };
        let parts: Vec<String> = rest.split(';').map(|p| p.trim().to_string()).collect();
        let a = match parts.as_slice() {
            [street] => Address {
                street: street.clone(),
                ..Address::default()
            },
            [street, city, region, postcode, country] => Address {
                street: street.clone(),
                city: city.clone(),
                region: region.clone(),
                postcode: postcode.clone(),
                country: country.clone(),
                ..Address::default()
            },
            _ => {
                return Err(format!(
                    "an address is free text or five parts split by ';' \
                     (street;city;region;postcode;country), not {}",
                    parts.len()
                ));
            }
        };
        let a = Address { label, ..a };
        if a.is_empty() {
            return Err("an address cannot be empty".into());
        }
        Ok(a)
    }

    pub fn is_empty(&self) -> bool {
        [
            &self.street,
            &self.city,
            &self.region,
            &self.postcode,
            &self.country,
        ]
        .iter()
        .all(|p| p.trim().is_empty())
    }

    /// The address on one line, parts in the order people write them:
    /// "Via Roma 1, 20121 Milano, MI, Italy".
    pub fn one_line(&self) -> String {
        let town = [self.postcode.trim(), self.city.trim()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        // A street kept with its trailing comma ("Silicon Alley 5,", as an
        // address book wrote it) is not followed by a second one.
        let street = self
            .street
            .lines()
            .map(|l| l.trim().trim_end_matches(',').trim_end())
            .collect::<Vec<_>>();
        street
            .into_iter()
            .chain([town.as_str(), self.region.trim(), self.country.trim()])
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The address as a card shows it: "home: Via Roma 1, Milano".
    pub fn shown(&self) -> String {
        if self.label.is_empty() {
            self.one_line()
        } else {
            format!("{}: {}", self.label, self.one_line())
        }
    }

    /// Whether `name` (as typed to `--drop-address`) is this address: its
    /// label, or the address as [`Address::one_line`] shows it.
    pub fn is_called(&self, name: &str) -> bool {
        let name = fold(name);
        !name.is_empty() && (fold(&self.label) == name || fold(&self.one_line()) == name)
    }

    /// The text `--address` reads back as this same address.
    pub fn as_typed(&self) -> String {
        let parts = [
            &self.street,
            &self.city,
            &self.region,
            &self.postcode,
            &self.country,
        ];
        let body = if parts[1..].iter().all(|p| p.is_empty()) && !self.street.contains(';') {
            self.street.clone()
        } else {
            parts
                .iter()
                .map(|p| p.replace(';', ","))
                .collect::<Vec<_>>()
                .join(";")
        };
        if self.label.is_empty() {
            body
        } else {
            format!("{}={body}", self.label)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_and_parts_both_read_back() {
        let free = Address::parse("home=Via Roma 1, 20121 Milano").unwrap_or_default();
        assert_eq!(free.label, "home");
        assert_eq!(free.one_line(), "Via Roma 1, 20121 Milano");
        let parts = Address::parse("Via Roma 1;Milano;MI;20121;Italy").unwrap_or_default();
        assert_eq!(parts.one_line(), "Via Roma 1, 20121 Milano, MI, Italy");
        for a in [free, parts] {
            assert_eq!(Address::parse(&a.as_typed()), Ok(a));
        }
        assert!(Address::parse("a;b").is_err());
        assert!(Address::parse("work= ;;;;").is_err());
    }
}
