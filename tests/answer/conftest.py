"""The fictional association's statutes and publication, indexed once per module that asks them."""
from __future__ import annotations

import pytest

from tests.support.publication import publication_document
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, html_document
from tests.support.statutes import build_index as build_statutes_index


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_statutes_index(tmp_path_factory.mktemp("statutes"),
                                [html_document(STATUTES_HTML, STATUTES_URL)])


@pytest.fixture(scope="module")
def publication_index(tmp_path_factory):
    return build_statutes_index(tmp_path_factory.mktemp("publication"), [publication_document()])


@pytest.fixture(scope="module")
def association(tmp_path_factory):
    """The statutes with the publication beside them, as the association's one site serves both."""
    return build_statutes_index(tmp_path_factory.mktemp("association"),
                                [html_document(STATUTES_HTML, STATUTES_URL), publication_document()])
