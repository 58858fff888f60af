"""Where the project's source articles are: ``shared/seeds`` beside the checkout.

Tests that check a citation against the article it names read them from here, and skip with a
reason where the folder is absent (for example in a copy of the repository on its own).
Imported as ``source_articles`` (pytest puts ``tests/`` on the path for its conftest).
"""

from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"
