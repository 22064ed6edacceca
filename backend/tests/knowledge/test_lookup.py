"""Lookups over the committed knowledge files (app/data/knowledge), as the app loads them."""

import gzip
import hashlib
import threading

import pytest

from app.knowledge import store
from app.knowledge.store import KNOWLEDGE_DIR, Knowledge, get_knowledge
from scripts.build_knowledge import CURATED_FILE


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return get_knowledge()


@pytest.mark.parametrize(
    ("written", "skill"),
    [
        ("JS", "JavaScript"),
        ("k8s", "Kubernetes"),
        ("AUTO CAD", "Autodesk AutoCAD"),
        ("auto-cad", "Autodesk AutoCAD"),
        ("AutoCAD", "Autodesk AutoCAD"),
        ("microsoft excel", "Excel"),
        ("Atlassian JIRA", "Jira"),
        ("LabVIEW", "National Instruments LabVIEW"),
        ("Esri ArcGIS", "ESRI ArcGIS software"),
        ("C#", "C#"),
        ("c++", "C++"),
        ("speak Spanish", "Spanish"),
    ],
)
def test_a_skill_is_found_by_any_spelling_of_its_name_or_aliases(knowledge, written, skill):
    found = knowledge.skills.get(written)
    assert found is not None and found.name == skill


@pytest.mark.parametrize(
    ("written", "skill"),
    [
        ("JavaServer Pages", "JSP"),
        ("Java Servlets", "Servlets"),
        ("UFT", "QTP"),
        ("Quality Center", "HP ALM"),
        ("STAAD Pro", "STAAD.Pro"),
        ("Primavera", "Primavera P6"),
        ("Windows Presentation Foundation", "WPF"),
        ("SOAP UI", "SoapUI"),
        ("HANA", "SAP HANA"),
        ("Cisco Certified Network Associate", "CCNA"),
        ("Goods and Services Tax", "GST"),
    ],
)
def test_tools_are_known_by_the_short_names_people_write(knowledge, written, skill):
    """Names no rule derives from O*NET's ("Oracle JavaServer Pages JSP", "Bentley STAAD"),
    from the curated list."""
    found = knowledge.skills.get(written)
    assert found is not None and found.name == skill
    assert "curated" in found.sources


def test_an_ordinary_word_left_by_a_vendor_is_not_a_skill(knowledge):
    assert knowledge.skills.get("Microsoft Access") is not None
    assert knowledge.skills.get("Access") is None
    assert knowledge.skills.get("Google Sheets") is not None
    assert knowledge.skills.get("Sheets") is None


def test_every_skill_knows_its_sources_and_open_skills_their_occupations(knowledge):
    excel = knowledge.skills.get("Excel")
    assert excel.sources == ("onet", "curated") and excel.source == "onet"
    assert excel.hot and excel.broader == ("Spreadsheet software",)
    assert "13-2011.00" in excel.occupations  # Accountants and Auditors
    teamwork = knowledge.skills.get("show initiative")
    assert teamwork.sources == ("esco",) and teamwork.kind == "transversal"


def test_every_name_leads_back_to_its_skill(knowledge):
    """The stored index agrees with today's spelling rules (app/knowledge/keys.py)."""
    skills = knowledge.skills
    for skill_id in range(len(skills)):
        skill = skills.skill(skill_id)
        assert skills.get(skill.name).id == skill_id, skill.name


def test_autocomplete_puts_exact_and_widely_used_skills_first(knowledge):
    def names(query: str, **kwargs) -> list[str]:
        return [match.skill.name for match in knowledge.skills.search(query, **kwargs)]

    assert names("py", limit=3)[0] == "Python"
    assert names("auto cad", limit=3)[0] == "Autodesk AutoCAD"
    assert names("c", limit=3) == ["C", "C++", "C#"]
    assert "Autodesk AutoCAD" in names("autocad")
    assert names("excel", limit=1) == ["Excel"]
    assert all(knowledge.skills.get(name).kind == "tool" for name in names("st", kinds={"tool"}))
    assert names("   ") == [] and names("py", limit=0) == []


def test_autocomplete_says_which_alias_matched(knowledge):
    match = knowledge.skills.search("k8s", limit=1)[0]
    assert (match.skill.name, match.matched) == ("Kubernetes", "k8s")


@pytest.mark.parametrize(
    ("title", "codes"),
    [
        ("Registered Nurse", {"29-1141.00"}),
        ("RN", {"29-1141.00"}),
        ("Civil Engineer", {"17-2051.00"}),
        ("Sr. Mechanical Design Engineer", {"17-2141.00"}),
        ("Senior Software Engineer", {"15-1252.00"}),
        ("Data Scientist", {"15-2051.00"}),
        ("Barista", {"35-3023.01"}),
    ],
)
def test_a_job_title_maps_to_its_onet_occupation(knowledge, title, codes):
    best = knowledge.occupations.search(title, limit=5, source="onet")[0]
    assert best.occupation.code in codes
    assert best.score == pytest.approx(1.0)


def test_account_executive_maps_to_sales_or_advertising(knowledge):
    top = [match.occupation for match in knowledge.occupations.search("Account Executive")][:3]
    assert top[0].code == "11-2011.00"  # Advertising and Promotions Managers: O*NET's own
    assert any(item.code.startswith("41-") for item in top)  # a sales occupation


def test_a_compound_or_unknown_word_counts_in_the_match(knowledge):
    front_end = knowledge.occupations.search("Frontend Developer", limit=3, source="onet")
    assert "15-1254.00" in {match.occupation.code for match in front_end}  # Web Developers
    partial = knowledge.occupations.search("Zorblax Developer", limit=1)[0]
    assert partial.score < 0.5


def test_esco_occupations_are_found_too_and_link_to_onet(knowledge):
    civil = knowledge.occupations.search("civil engineer", limit=3, source="esco")[0]
    assert civil.occupation.title == "civil engineer"
    assert civil.occupation.onet == ("17-2051.00",)
    assert "Autodesk AutoCAD" in {skill.name for skill in knowledge.technology_of(civil.occupation)}


@pytest.mark.parametrize(
    ("esco_title", "onet_code"),
    [
        ("quality engineer", "17-2112.02"),  # Validation Engineers, not software testers
        ("product quality inspector", "51-9061.00"),  # Inspectors, Testers, Sorters ...
        ("data analyst", "15-2051.00"),  # Data Scientists, not financial quants
        ("ICT project manager", "15-1299.09"),  # Information Technology Project Managers
    ],
)
def test_an_esco_occupation_sharing_labels_with_several_links_to_its_own_kind_of_work(
    knowledge, esco_title, onet_code
):
    found = knowledge.occupations.search(esco_title, limit=1, source="esco")[0].occupation
    assert (found.title, found.onet) == (esco_title, (onet_code,))


def test_occupation_by_alternate_title_and_its_related_occupations(knowledge):
    by_title = knowledge.occupations.by_title("Mechanical Design Engineer")
    assert by_title[0].code == "17-2141.00"
    civil = knowledge.occupations.get("17-2051.00")
    assert "17-2051.01" in {item.code for item in knowledge.related_to(civil)}
    assert 0 < len(civil.tasks) <= 8 and civil.job_zone == 4


def test_the_committed_files_match_their_manifest_and_the_curated_list():
    manifest = Knowledge(KNOWLEDGE_DIR).manifest
    for name, facts in manifest["files"].items():
        data = gzip.decompress((KNOWLEDGE_DIR / name).read_bytes())
        assert hashlib.sha256(data).hexdigest() == facts["sha256"], name
    curated = hashlib.sha256(CURATED_FILE.read_bytes()).hexdigest()
    assert manifest["curated"]["sha256"] == curated, (
        "app/data/skills.json changed: rebuild with scripts/build_knowledge.py"
    )


def test_the_files_load_once_however_many_threads_ask(monkeypatch):
    reads = []
    real_read = store.read_json_gz

    def counted_read(path):
        reads.append(path)
        return real_read(path)

    monkeypatch.setattr(store, "read_json_gz", counted_read)
    knowledge = Knowledge(KNOWLEDGE_DIR)
    assert reads == [], "nothing is read before it is needed"
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(knowledge.skills)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reads) == 1 and len({id(index) for index in seen}) == 1
