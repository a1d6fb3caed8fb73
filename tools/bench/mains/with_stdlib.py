"""A main module that imports ten standard-library modules, as a small application does."""

import argparse  # noqa: F401
import asyncio  # noqa: F401
import csv  # noqa: F401
import decimal  # noqa: F401
import email.message  # noqa: F401
import http.client  # noqa: F401
import json  # noqa: F401
import logging  # noqa: F401
import sqlite3  # noqa: F401
import xml.etree.ElementTree  # noqa: F401
