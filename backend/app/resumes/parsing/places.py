"""Places as resumes write them beside a job or a school: "Hyderabad, Telangana", "Austin, TX",
"Bengaluru, Karnataka, India", "Greater Seattle Area", "Lisbon", "Remote".

A place is recognized by its last part (a state, province or country, or a two-letter code) or,
alone, by a short list of cities that resumes often name. Words that only look like places
("Registrar, Pediatrics") are not: the part after the comma must be a known region."""

import re

# Each list: single-word names separated by spaces, then "|" and the names of several words.
_US_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia"
    " Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts"
    " Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon"
    " Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island"
    "|South Carolina|South Dakota|West Virginia|District of Columbia|Puerto Rico"
)
_INDIAN_STATES = (
    "Assam Bihar Chhattisgarh Goa Gujarat Haryana Jharkhand Karnataka Kerala Maharashtra Manipur"
    " Meghalaya Mizoram Nagaland Odisha Orissa Punjab Rajasthan Sikkim Telangana Tripura"
    " Uttarakhand Delhi Chandigarh Puducherry Pondicherry Ladakh NCR"
    "|Andhra Pradesh|Arunachal Pradesh|Himachal Pradesh|Madhya Pradesh|Tamil Nadu|Uttar Pradesh"
    "|West Bengal|Jammu and Kashmir|Delhi NCR"
)
_OTHER_REGIONS = (
    "Ontario Quebec Alberta Manitoba Saskatchewan England Scotland Wales Queensland Victoria"
    " Tasmania Bavaria Bayern Hesse Hessen Saxony Lombardy Lombardia Catalonia Catalunya Sindh"
    " Île-de-France North-Rhine-Westphalia Baden-Württemberg"
    "|Nova Scotia|British Columbia|New Brunswick|Northern Ireland|New South Wales"
    "|Western Australia|South Australia|Khyber Pakhtunkhwa|Abu Dhabi|County Dublin|County Cork"
)
_COUNTRIES = (
    "India USA US U.S. U.S.A. UK U.K. UAE Canada Australia Germany France Spain Portugal Italy"
    " Ireland Netherlands Belgium Switzerland Austria Sweden Norway Denmark Finland Poland Romania"
    " Greece Turkey Israel Egypt Nigeria Kenya Ghana Pakistan Bangladesh Nepal Singapore Malaysia"
    " Indonesia Philippines Vietnam Thailand China Japan Korea Taiwan Brazil Mexico Argentina"
    " Chile Colombia Peru Qatar Kuwait Oman Bahrain Ukraine Russia Hungary Czechia Estonia"
    " Lithuania Latvia Luxembourg Iceland Morocco Tunisia Ethiopia Uganda Tanzania"
    "|United States|United States of America|United Kingdom|Great Britain|New Zealand"
    "|South Africa|Saudi Arabia|United Arab Emirates|Sri Lanka|Hong Kong|South Korea"
    "|Czech Republic|The Netherlands"
)
# Cities that resumes often name alone after a company ("Farfetch, Lisbon").
_CITIES = (
    "Bengaluru Bangalore Hyderabad Secunderabad Chennai Mumbai Pune Delhi Noida Gurgaon Gurugram"
    " Kolkata Ahmedabad Kochi Cochin Coimbatore Trivandrum Thiruvananthapuram Mysore Mysuru"
    " Mangalore Jaipur Lucknow Indore Bhopal Nagpur Chandigarh Visakhapatnam Vijayawada Madurai"
    " Bhubaneswar Vadodara Surat Nashik Hubli Lahore Karachi Islamabad Dhaka Colombo Kathmandu"
    " London Manchester Birmingham Edinburgh Glasgow Bristol Leeds Cambridge Oxford Dublin Cork"
    " Paris Lyon Marseille Toulouse Berlin Munich München Hamburg Frankfurt Cologne Stuttgart"
    " Amsterdam Rotterdam Brussels Zurich Geneva Vienna Stockholm Oslo Copenhagen Helsinki Warsaw"
    " Krakow Prague Budapest Bucharest Athens Istanbul Madrid Barcelona Lisbon Porto Milan Milano"
    " Rome Roma Turin Torino Bergamo Bologna Florence Naples Dubai Doha Riyadh Tokyo Osaka Seoul"
    " Beijing Shanghai Shenzhen Sydney Melbourne Brisbane Perth Auckland Toronto Vancouver"
    " Montreal Ottawa Calgary Chicago Boston Seattle Austin Denver Atlanta Dallas Houston Phoenix"
    " Philadelphia Miami Portland Detroit Pittsburgh Minneapolis Nairobi Lagos Cairo Johannesburg"
    "|Cape Town|New York City|NYC|San Francisco|Los Angeles|San Diego|San Jose|Washington D.C."
    "|Salt Lake City|Mexico City|São Paulo|Sao Paulo|Buenos Aires|Tel Aviv|Kuala Lumpur"
    "|New Delhi|Navi Mumbai|Greater Noida"
)


def _names(*lists: str) -> set[str]:
    names: set[str] = set()
    for names_list in lists:
        words, *phrases = names_list.split("|")
        names.update(word.lower() for word in words.split())
        names.update(phrase.strip().lower() for phrase in phrases)
    return names


_REGIONS = _names(_US_STATES, _INDIAN_STATES, _OTHER_REGIONS, _COUNTRIES)
_KNOWN_CITIES = _names(_CITIES)
_STATE_CODE = re.compile(r"^[A-Z]{2}(?: \d{5}(?:-\d{4})?)?$")  # "TX", "MA 02116"
_AREA = re.compile(
    r"^(?:Greater )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2} (?:Bay |Metropolitan )?Area$"
)
_WORK_MODE = re.compile(r"^(?:remote|hybrid|on-?site|work from home|wfh)$", re.I)
_MODE_SUFFIX = re.compile(r"\s*[(\[]\s*(?:remote|hybrid|on-?site)\s*[)\]]$", re.I)


def is_region(text: str) -> bool:
    return text.strip(" .").lower() in _REGIONS


def is_place(text: str) -> bool:
    """Whether the whole text names a place (or a way of working: "Remote")."""
    text = _MODE_SUFFIX.sub("", text.strip(" ,;-")).strip()
    if not text:
        return False
    if _WORK_MODE.match(text) or _AREA.match(text):
        return True
    parts = [part.strip() for part in text.split(",")]
    if len(parts) == 1:
        key = parts[0].lower()
        return key in _KNOWN_CITIES or key in _REGIONS
    if not all(part and part[0].isupper() for part in parts) or len(parts) > 3:
        return False
    # "Austin, TX", "Pune, Maharashtra, India"; not "Farfetch, Lisbon" (a company and its city).
    return is_region(parts[-1]) or bool(_STATE_CODE.match(parts[-1]))


def trailing_place(text: str) -> int | None:
    """Where a trailing ", Place" starts in "Mayo Hospital, Lahore", or None."""
    parts = text.split(", ")
    for start in range(1, len(parts)):
        if is_place(", ".join(parts[start:])):
            return len(", ".join(parts[:start]))
    return None


_LAST_WORDS = re.compile(r"(?<=\S)\s+(?=\S+(?:\s+\S+){0,3}$)")


def trailing_town_and_region(text: str) -> int | None:
    """Where a place whose comma was lost ends a text, as flattened exports write a header
    ("Cloud Architect Bengaluru Karnataka"): a city resumes often name, then its region."""
    for space in _LAST_WORDS.finditer(text):
        town, _, region = text[space.end() :].partition(" ")
        if town.lower() in _KNOWN_CITIES and is_region(region.strip()):
            return space.start()
    return None
