import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from tdkt.ontology import reference
from tdkt.ontology.namespace import TDKT

T = "https://w3id.org/tdkt/ontology#"


def ttl_terms():
    g = reference.graph("tdkt.ttl")
    return g, {str(s)[len(T):] for s in g.subjects(RDF.type, None) if str(s).startswith(T)}


def test_namespace_mirrors_turtle():
    g, terms = ttl_terms()
    assert terms == set(TDKT.__annotations__)


def test_every_term_has_english_and_vietnamese_label_and_comment():
    g, terms = ttl_terms()
    for t in terms:
        s = rdflib.URIRef(T + t)
        for p in (RDFS.label, RDFS.comment):
            langs = {o.language for o in g.objects(s, p)}
            assert {"en", "vi"} <= langs, (t, p)


def test_contract_classes_link_to_standard_terms():
    g, _ = ttl_terms()
    expected = {"Organization": "http://www.w3.org/ns/org#FormalOrganization", "Post": "http://www.w3.org/ns/org#Post",
                "AwardType": str(SKOS.Concept), "Report": "http://www.w3.org/ns/prov#Entity",
                "Document": "http://purl.org/dc/terms/BibliographicResource", "RecipientGroup": "http://xmlns.com/foaf/0.1/Group"}
    for cls, sup in expected.items():
        assert (rdflib.URIRef(T + cls), RDFS.subClassOf, rdflib.URIRef(sup)) in g


def test_award_scheme_has_the_law_forms_with_labels_and_kinds():
    awards = {e.label: e for e in reference.entities("award")}
    for label in ["Huân chương Sao vàng", "Huân chương Lao động hạng Ba", "Huân chương Độc lập hạng Nhì",
                  "Anh hùng Lao động", "Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ",
                  "Chiến sĩ thi đua toàn quốc", "Tập thể lao động xuất sắc", "Huy hiệu 50 năm tuổi Đảng",
                  "Huân chương Kháng chiến hạng Nhất", "Nghệ nhân Ưu tú", "Giải thưởng Hồ Chí Minh"]:
        assert label in awards, label
    assert awards["Cờ thi đua của Chính phủ"].extra["recipientKind"] == "collective"
    assert awards["Lao động tiên tiến"].extra["recipientKind"] == "individual"
    g = reference.graph("awards.ttl")
    for s in g.subjects(RDF.type, SKOS.Concept):
        assert {o.language for o in g.objects(s, SKOS.prefLabel)} == {"vi", "en"}, s



def test_award_forms_of_the_2022_law_cite_their_article():
    """Orders, medals, state honorary titles and emulation titles name the article that lists them."""
    g = reference.graph("awards.ttl")
    basis = {str(s).rsplit("/", 1)[1]: str(g.value(s, TDKT.legalBasis)) for s in g.subjects(RDF.type, SKOS.Concept)}
    law = "Luật Thi đua, khen thưởng số 06/2022/QH15, "
    assert basis["huan-chuong-lao-dong-hang-ba"] == law + "Điều 33"
    assert basis["huan-chuong-sao-vang"] == law + "Điều 33, Điều 34"
    assert basis["huy-chuong-quan-ky-quyet-thang"] == law + "Điều 54, Điều 55"
    assert basis["nha-giao-uu-tu"] == law + "Điều 59"
    assert basis["tinh-anh-hung"] == law + "Điều 59, Điều 60"
    assert basis["tap-the-lao-dong-xuat-sac"] == law + "Điều 19, Điều 20"
    assert basis["giai-thuong-ho-chi-minh"] == law + "Điều 68, Điều 69"
    assert basis["giai-thuong-nha-nuoc"] == law + "Điều 68, Điều 70"
    assert basis["ky-niem-chuong"] == law + "Điều 71"
    assert basis["huan-chuong-khang-chien-hang-nhat"].startswith("outside the 2022 law")
    families = ("huan-chuong-", "huy-chuong-", "chien-si-", "co-thi-dua", "nghe-", "nha-giao-", "thay-thuoc-", "giai-thuong-")
    for name, value in basis.items():
        if name.startswith(families) and not value.startswith("outside"):
            assert "Điều" in value, name


def test_every_order_and_medal_of_the_2022_law_is_the_president_s_to_confer():
    g = reference.graph("awards.ttl")
    president = "https://w3id.org/tdkt/id/post/chu-tich-nuoc-nha-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam-807049e57e"
    for s in g.subjects(RDF.type, SKOS.Concept):
        name = str(s).rsplit("/", 1)[1]
        leaf = not any(True for _ in g.subjects(SKOS.broader, s))
        if leaf and name.startswith(("huan-chuong-", "huy-chuong-")) and not str(g.value(s, TDKT.legalBasis)).startswith("outside"):
            assert str(g.value(s, TDKT.conferringAuthority)) == president, name


def test_known_organizations_resolve_their_abbreviations():
    from tdkt.loaders.normalize import matching_key
    names = reference.known_names("org")
    assert names[matching_key("Hội LHPN Việt Nam")].label == "Hội Liên hiệp Phụ nữ Việt Nam"
    assert names[matching_key("TW Hội LHPN VN")].label == "Hội Liên hiệp Phụ nữ Việt Nam"
    assert names[matching_key("BCH TW Đảng")].label == "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"
    provinces = [e for e in reference.entities("org") if e.kind == "province"]
    g = reference.graph("organizations.ttl")
    current = [p for p in provinces if g.value(rdflib.URIRef(p.iri), rdflib.URIRef(T + "succeededBy")) is None]
    assert len(current) == 34 and len(provinces) == 63
