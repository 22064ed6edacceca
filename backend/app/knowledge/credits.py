"""How the app credits its open data, as the licences ask: in the README, the API docs and
the knowledge manifest (the build script writes these texts into it)."""

ONET_VERSION = "29.2"
ONET_ATTRIBUTION = (
    f"This product includes information from the O*NET {ONET_VERSION} Database by the U.S. "
    "Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the "
    "CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA."
)
ESCO_ATTRIBUTION = (
    "This service uses the ESCO classification of the European Commission (ESCO "
    "classification, European Commission). Reuse is authorised provided the source is "
    "acknowledged."
)
KNOWLEDGE_TAG_DESCRIPTION = (
    "Skills and occupations from open standards: O*NET 29.2 (USDOL/ETA, CC BY 4.0) and ESCO "
    "(European Commission). Each item says which source it comes from."
)
API_DATA_CREDITS = (
    "**Data sources.** Skills and occupations come from open standards. "
    f"{ONET_ATTRIBUTION} {ESCO_ATTRIBUTION}"
)
