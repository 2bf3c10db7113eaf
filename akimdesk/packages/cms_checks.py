"""Strict checks on a detached CMS signature file beyond what the signature value itself covers.

The signature protects the signed attributes; the rest of a SignedData (its version, the list of digest
algorithms, algorithm parameters, the embedded certificates) is not covered by it. So that a single
changed byte anywhere in manifest.json.p7s is still caught, the file must be canonical DER, its
unprotected fields must agree with the signer's, and every embedded certificate must carry a valid
signature of its issuer (embedded, trusted, or itself for a root).
"""

from __future__ import annotations

NULL_PARAMS = (None, b"\x05\x00")
PLAIN_ALGORITHMS = {"sha256", "sha384", "sha512", "sha224", "sha1", "rsassa_pkcs1v15", "sha256_rsa", "sha384_rsa",
                    "sha512_rsa", "sha224_rsa", "rsa"}


def _params(algorithm_identifier) -> bytes | None:
    params = algorithm_identifier["parameters"]
    return None if params.native is None and not params.contents else params.dump()


def structure_problems(p7s: bytes, trust_roots: list) -> list[str]:
    """Why this CMS file is not exactly what a signer produced; an empty list when it is."""
    from asn1crypto import cms

    try:
        content = cms.ContentInfo.load(p7s, strict=True)
        if content.dump(force=True) != p7s:
            return ["the signature file is not in canonical DER form (changed after signing?)"]
        signed = content["content"]
        infos = list(signed["signer_infos"])
    except Exception as exc:
        return [f"the signature file cannot be parsed ({exc})"]
    problems = []
    if signed["encap_content_info"]["content_type"].native != "data" or signed["encap_content_info"]["content"].native is not None:
        problems.append("the signature is not a detached signature of plain data")
    for info in infos:
        want = 1 if info["sid"].name == "issuer_and_serial_number" else 3
        if info["version"].native != f"v{want}":
            problems.append("a signer's version does not match how it names its certificate")
        for field in ("digest_algorithm", "signature_algorithm"):
            alg = info[field]
            if alg["algorithm"].native in PLAIN_ALGORITHMS and _params(alg) not in NULL_PARAMS:
                problems.append(f"unexpected parameters of the {field.replace('_', ' ')}")
    expected_version = "v1" if all(i["sid"].name == "issuer_and_serial_number" for i in infos) else "v3"
    if signed["version"].native != expected_version:
        problems.append("the SignedData version is not the one its content calls for")
    listed = {(a["algorithm"].dotted, _params(a)) for a in signed["digest_algorithms"]}
    used = {(i["digest_algorithm"]["algorithm"].dotted, _params(i["digest_algorithm"])) for i in infos}
    if listed != used:
        problems.append("the list of digest algorithms does not match the signer's")
    problems += _certificate_problems(signed, trust_roots)
    return problems


def _certificate_problems(signed, trust_roots: list) -> list[str]:
    """Every embedded certificate must verify against its issuer: an embedded one, a trusted root, or itself."""
    import warnings

    from cryptography import x509

    try:
        with warnings.catch_warnings():  # a damaged certificate may also trigger deprecation notes
            warnings.simplefilter("ignore")
            embedded = [x509.load_der_x509_certificate(c.chosen.dump()) for c in signed["certificates"] or []]
            roots = [x509.load_der_x509_certificate(r.dump()) for r in trust_roots]
    except Exception as exc:
        return [f"an embedded certificate cannot be read ({exc})"]
    problems = []
    for cert in embedded:
        issuers = [c for c in embedded + roots if c.subject == cert.issuer]
        if not issuers:
            if trust_roots:  # with roots at hand every embedded certificate must chain to something known
                problems.append(f"the embedded certificate of {cert.subject.rfc4514_string()} has no known issuer "
                                "(changed after signing?)")
            continue  # without roots the issuer is not at hand: nothing to check it against
        for issuer in issuers:
            try:
                cert.verify_directly_issued_by(issuer)
                break
            except Exception:  # wrong signature, name mismatch or unsupported algorithm
                continue
        else:
            problems.append(f"the embedded certificate of {cert.subject.rfc4514_string()} is damaged "
                            "(its issuer's signature does not verify)")
    return problems
