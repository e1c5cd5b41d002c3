"""Connects with PyMongo and lets the failure surface exactly as an application would show it.

    python3 pymongo_client.py URI [JSON_KEYWORD_OPTIONS]

CORPUS_PYMONGO_SSL=stdlib hides PyOpenSSL so PyMongo uses Python's own ssl module (its default
when pymongo[ocsp] is not installed); =pyopenssl leaves it visible (the pymongo[ocsp] variant).
"""
import json
import os
import sys

if os.environ.get("CORPUS_PYMONGO_SSL", "stdlib") == "stdlib":
    sys.modules["service_identity"] = None

from pymongo import MongoClient

uri = sys.argv[1]
options = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
client = MongoClient(uri, **{"serverSelectionTimeoutMS": 3000, "connectTimeoutMS": 1500, **options})
client.admin.command("ping")
