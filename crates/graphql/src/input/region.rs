//! Inputs for opening and changing regions.

use async_graphql::InputObject;
use verkosto_domain::{
    Country as DomainCountry,
    hours::parse_time_zone,
    msg,
    region::{LocalizedName, slugify},
};
use verkosto_store::region::RegionFields;

use super::name;
use crate::{ApiError, ApiResult, object::enums::Country};

/// A name in up to four languages; at least one is required.
#[derive(InputObject)]
pub struct LocalizedNameInput {
    /// Finnish.
    pub fi: Option<String>,
    /// Swedish.
    pub sv: Option<String>,
    /// Norwegian Bokmål.
    pub nb: Option<String>,
    /// English.
    pub en: Option<String>,
}

/// A region to open, or its new values.
#[derive(InputObject)]
pub struct RegionInput {
    /// Address-friendly unique name; made from the name when left out.
    pub slug: Option<String>,
    /// The name in up to four languages.
    pub name: LocalizedNameInput,
    /// Finland or Norway.
    pub country: Country,
    /// Municipalities or counties covered.
    #[graphql(default)]
    pub area: Vec<String>,
    /// IANA time zone; defaults to the country's.
    pub time_zone: Option<String>,
}

impl RegionInput {
    /// Validates every field.
    pub fn parse(self) -> ApiResult<RegionFields> {
        let n = &self.name;
        let name_value = LocalizedName::parse(
            "name",
            n.fi.as_deref(),
            n.sv.as_deref(),
            n.nb.as_deref(),
            n.en.as_deref(),
        )?;
        let country = DomainCountry::from(self.country);
        let slug = match self.slug.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(given) => {
                let slug = slugify(given);
                if slug != given.trim() || slug.is_empty() {
                    return Err(ApiError::invalid(
                        "slug",
                        msg!("region-slug-invalid", suggestion = slugify(given)),
                    ));
                }
                slug
            }
            None => slugify(name_value.get(match country {
                DomainCountry::Finland => verkosto_domain::Language::Finnish,
                DomainCountry::Norway => verkosto_domain::Language::NorwegianBokmal,
            })),
        };
        if slug.len() > 100 {
            return Err(ApiError::invalid("slug", msg!("region-slug-too-long")));
        }
        let area = self
            .area
            .iter()
            .enumerate()
            .map(|(i, a)| name(&format!("area.{i}"), a))
            .collect::<ApiResult<Vec<_>>>()?;
        let time_zone = match self.time_zone {
            Some(tz) => parse_time_zone("timeZone", &tz)?.name().to_owned(),
            None => match country {
                DomainCountry::Finland => "Europe/Helsinki".to_owned(),
                DomainCountry::Norway => "Europe/Oslo".to_owned(),
            },
        };
        Ok(RegionFields {
            slug,
            name: name_value,
            country,
            area,
            time_zone,
        })
    }
}
