"""`make model`: train the resemblance classifier on the labelled corpus in tests/corpus/.

Each model is a spaCy `textcat_multilabel` over a bag of words and word pairs (no pretrained vectors) that
scores how much a draft resembles the corpus's drafts of one rule: bullying, discrimination, and the four rules
of issues 5 and 6. They are shipped in `clusius_check/models/resemblance/<label>/`; the rules ask them only when
their own patterns found nothing (see `clusius_check/text/resemblance.py`).

Why a bag of words, not spaCy's ensemble with a CNN: trained without some corpus files and scored on them,
the ensemble added more recall but was sure of itself on plain English (`My nan ran 60 hectares on her own`
scored 0.99 for bullying) and doubled the false alarms; the bag of words stays calibrated and checks
12,000 drafts a second.

Training is seeded and single-threaded, so the same corpus gives the same model. `training.json` records the
corpus digest: tests/text/test_resemblance.py fails when the corpus changed and the model was not retrained.

    python bench/train_model.py              # retrain and write the shipped model
    python bench/train_model.py --folds 5    # only measure: out-of-fold scores, nothing written
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clusius_check.text.resemblance import (  # noqa: E402
    GROUP_PLACEHOLDER,
    LABELS,
    MODEL_DIR,
    WHOLE_DRAFT_LABELS,
    corpus_digest,
    model_input,
    training_files,
)

CORPUS = ROOT / "tests" / "corpus"
SEED = 0
EPOCHS = 10
BATCH_SIZE = 16
DROPOUT = 0.2
MODEL_CONFIG = """
[model]
@architectures = "spacy.TextCatBOW.v3"
exclusive_classes = false
ngram_size = 2
no_output_layer = false
length = 262144
"""


def as_the_rules_see_it(text: str) -> tuple[str, str, bool]:
    """The model inputs for a corpus draft, built exactly as the rules build them for a real draft: with each
    group named as a placeholder (bullying, discrimination), without (the rules of issues 5 and 6); and whether
    the draft is written for the school's own account."""
    from clusius_check.config import Config
    from clusius_check.drafts import load_draft
    from clusius_check.engine import RuleContext
    from clusius_check.rules.discrimination import group_spans
    from clusius_check.text.analysis import analyse

    analysed = analyse(load_draft(None, data=text.encode("utf-8")))
    context = RuleContext(config=Config(), ui_language="nl", language=analysed.language)
    doc = analysed.normalised_doc
    return (
        model_input(doc, 0, len(doc), group_spans(analysed, context)),
        model_input(doc, 0, len(doc)),
        analysed.draft.meta.account == "school",
    )


@dataclass(frozen=True)
class Labelled:
    file: str
    with_groups: str
    whole: str
    school_account: bool
    expect: frozenset[str]


def labelled_drafts() -> list[Labelled]:
    drafts = []
    for path in training_files(CORPUS, WHOLE_DRAFT_LABELS[0]):  # every corpus file
        for raw in yaml.safe_load(path.read_text(encoding="utf-8"))["drafts"]:
            with_groups, whole, school = as_the_rules_see_it(raw["text"])
            drafts.append(Labelled(path.name, with_groups, whole, school, frozenset(raw["expect"] or ())))
    return drafts


def training_set(drafts: list[Labelled], label: str) -> list[tuple[str, bool]]:
    """The discrimination model learns only from drafts that name a group: given that a group is named, is
    what is said about it hostile? Trained on every draft, it learned that naming a group is suspect.
    speaking-for-school does not learn from drafts for the school's own account, where it never speaks."""
    files = {path.name for path in training_files(CORPUS, label)}
    chosen = [draft for draft in drafts if draft.file in files]
    if label in WHOLE_DRAFT_LABELS:
        if label == "speaking-for-school":
            chosen = [draft for draft in chosen if not draft.school_account]
        return [(draft.whole, label in draft.expect) for draft in chosen]
    if label == "discrimination":
        chosen = [draft for draft in chosen if GROUP_PLACEHOLDER in draft.with_groups]
    return [(draft.with_groups, label in draft.expect) for draft in chosen]


def train(examples: list[tuple[str, bool]], label: str):
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Config

    fix_random_seed(SEED)
    shuffler = random.Random(SEED)
    nlp = spacy.blank("nl")
    model = Config().from_str(MODEL_CONFIG)["model"]
    nlp.add_pipe("textcat_multilabel", config={"model": model}).add_label(label)
    training = [
        Example.from_dict(nlp.make_doc(text), {"cats": {label: float(gold)}}) for text, gold in examples
    ]
    optimizer = nlp.initialize(lambda: training)
    for _ in range(EPOCHS):
        shuffler.shuffle(training)
        for batch in minibatch(training, size=BATCH_SIZE):
            nlp.update(batch, sgd=optimizer, drop=DROPOUT)
    return nlp


def out_of_fold(drafts, folds: int) -> None:
    """Recall and false alarms of each model alone at 0.5 on its own training set, each draft scored by a
    model that never saw it."""
    for label in LABELS:
        examples = training_set(drafts, label)
        order = list(range(len(examples)))
        random.Random(SEED).shuffle(order)
        scores: dict[int, float] = {}
        for fold in range(folds):
            held = set(order[fold::folds])
            nlp = train([example for index, example in enumerate(examples) if index not in held], label)
            for index in held:
                scores[index] = nlp(examples[index][0]).cats[label]
        positives = [i for i, (_, gold) in enumerate(examples) if gold]
        others = [i for i, (_, gold) in enumerate(examples) if not gold]
        hits = sum(scores[i] >= 0.5 for i in positives)
        alarms = sum(scores[i] >= 0.5 for i in others)
        print(f"{label:15} model alone: recall {hits / len(positives):.3f}  alarms {alarms}/{len(others)}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--folds", type=int, default=0, help="measure out-of-fold instead of writing the model"
    )
    arguments = parser.parse_args()
    drafts = labelled_drafts()
    if arguments.folds:
        out_of_fold(drafts, arguments.folds)
        return 0
    started = time.perf_counter()
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    MODEL_DIR.mkdir(parents=True)
    for label in LABELS:
        examples = training_set(drafts, label)
        nlp = train(examples, label)
        # Only the config and the classifier: the rules load it onto their own tokenizer and vocabulary.
        nlp.to_disk(MODEL_DIR / label, exclude=["vocab", "tokenizer"])
        meta = {
            "corpus_digest": corpus_digest(CORPUS, label),
            "examples": len(examples),
            "positives": sum(gold for _, gold in examples),
            "seed": SEED,
            "epochs": EPOCHS,
        }
        (MODEL_DIR / label / "training.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"trained on {len(drafts)} drafts in {time.perf_counter() - started:.0f} s -> {MODEL_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
