"""Train the learned verifier and proposer (src/dateline/events/learned.py) and cross-validate them.

Data: only the studied gold files in src/dateline/eval/data/ (events_gold, events_heldout,
events_fresh_even, events_fresh2_even, events_fresh3_even, events_fresh4_even, events_fresh5_even,
events_fresh6_even). Each text is parsed, its actors resolved and its events
coded by the rules exactly as `dateline eval` does. Proposer rows: the candidate (source, target)
mention pairs, labelled with the gold type whose codes match (the rules' type first), else NONE.
Verifier rows: the rule events, labelled 1 when the gold has their (source, type, target).

    .venv/bin/python tools/train_event_model.py cv --mode all --no-targetless            # 5-fold CV
    .venv/bin/python tools/train_event_model.py cv --mode all --no-targetless --by-set   # leave-one-set-out
    .venv/bin/python tools/train_event_model.py train --mode all --no-targetless --threshold 0.2 --verify 0.25

The CV table gives code-level F1 per set (and the true positives gained or lost) for the rules
alone and for each (add threshold, drop, verify threshold) on the same folds; an add threshold
above 1 is the verifier alone (`DATELINE_LEARNED_EVENTS=verify`).
Deterministic: folds by position within each set, training from zero weights by full-batch Adam.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "src" / "dateline" / "eval" / "data"
STUDIED = ("events_gold", "events_heldout", "events_fresh_even", "events_fresh2_even", "events_fresh3_even",
           "events_fresh4_even", "events_fresh5_even", "events_fresh6_even")
WEIGHTS = ROOT / "src" / "dateline" / "events" / "data" / "learned_events.npz"
SEED = 20261127           # folds are positional; kept for the record (no random step is used)
FOLDS = 5
HYPER = {"min_count": 2, "l2": 1e-3, "epochs": 120, "rate": 0.1}
VERIFIER_L2 = 1e-3


def prepare(sets=STUDIED):
    """[(set name, item, doc, filtered mentions, rule events)] for every studied text."""
    from dateline import nlp as nlp_module
    from dateline.actors import ActorResolver
    from dateline.eval.events import read_gold
    from dateline.events import CodingContext, EventCoder
    from dateline.events.coder import coded_mentions
    from dateline.places import Gazetteer
    from dateline.settings import Settings

    settings = Settings()
    nlp = nlp_module.load(settings.model)
    resolver = ActorResolver(settings.actor_files)
    coder = EventCoder(learned=False)
    gazetteer = Gazetteer()
    out = []
    for name in sets:
        items = read_gold(DATA_DIR / f"{name}.jsonl")
        for item, doc in zip(items, nlp.pipe((i.text for i in items), batch_size=32)):
            mentions = resolver.resolve(doc, item.date)
            _, places = gazetteer.article_places(doc, mentions)
            context = CodingContext(article_id=item.id, date=item.date, places=tuple(places))
            events, _ = coder.code(doc, mentions, context)
            out.append((name, item, doc, coded_mentions(doc, mentions), events, context))
    return out


def label_of(cand, gold_code_keys: set, ruled_types=()) -> int:
    """The gold type of the candidate's (source, target) codes, the rules' type first; else NONE (0)."""
    from dateline.events.learned import CLASSES
    from dateline.model import symmetric_key
    src = cand.source.actor.code
    tgt = cand.target.actor.code if cand.target is not None else None
    for plover in list(ruled_types) + list(CLASSES[1:]):
        if symmetric_key(src, plover, tgt) in gold_code_keys:
            return CLASSES.index(plover)
    return 0


def rows_of(texts, mode: str, targetless: bool):
    """Training rows (features, label) from the candidates `mode` opens in these texts."""
    from dateline.eval.events import gold_keys
    from dateline.events.learned import CLASSES, Proposer
    from dateline.model import symmetric_key
    probe = Proposer(["bias"], np.zeros((1, len(CLASSES))), {"mode": mode, "targetless": targetless})
    rows, labels = [], []
    for _, item, doc, mentions, events, _ in texts:
        gold = {gold_keys(e)[0] for e in item.events}
        for cand, feats in probe.featured(doc, mentions, events):
            src = cand.source.actor.code
            tgt = cand.target.actor.code if cand.target is not None else None
            ruled = [e.plover for e in events if e.sentence.start == cand.sentence.start_char and
                     symmetric_key(e.source.code if e.source else None, e.plover, e.target.code if e.target else None)
                     == symmetric_key(src, e.plover, tgt)]
            rows.append(feats)
            labels.append(label_of(cand, gold, ruled))
    return rows, labels


def verifier_rows(texts):
    """One row per rule event: its features, and 1 when the gold has its (source, type, target)."""
    from dateline.eval.events import event_keys, gold_keys
    from dateline.events.learned import event_features
    rows, labels = [], []
    for _, item, doc, mentions, events, _ in texts:
        gold = {gold_keys(e)[0] for e in item.events}
        by_sentence: dict[int, list] = {}
        for e in events:
            by_sentence.setdefault(e.sentence.start, []).append(e)
        for e in events:
            rows.append(event_features(e, by_sentence[e.sentence.start]))
            labels.append(int(event_keys(e)[0] in gold))
    return rows, labels


def train(texts, mode: str, targetless: bool, threshold: float, hyper=HYPER, drop: float = 0.0,
          verify: float = 0.0):
    from dateline.events.learned import Proposer, fit
    rows, labels = rows_of(texts, mode, targetless)
    vocab, w = fit(rows, labels, **hyper)
    vrows, vlabels = verifier_rows(texts)
    vvocab, vw = fit(vrows, vlabels, **dict(hyper, l2=VERIFIER_L2), classes=2)
    config = {"mode": mode, "targetless": targetless, "threshold": threshold, "drop": drop, "verify": verify,
              "hyper": hyper, "verifier_l2": VERIFIER_L2, "trained_on": list(STUDIED), "rows": len(rows),
              "positives": int(sum(1 for y in labels if y)), "verifier_rows": len(vrows)}
    return Proposer(vocab, w, config, (vvocab, vw))


def prune(proposer, keep: float = 0.02):
    """Drop features whose weights are all tiny (a smaller shipped file, the same decisions nearly)."""
    from dateline.events.learned import Proposer

    def kept(features, weights):
        mask = np.abs(weights).max(axis=1) >= keep
        mask[features.index("bias")] = True
        return [f for f, m in zip(features, mask) if m], weights[mask].astype(np.float16).astype(np.float32)
    feats, w = kept(proposer.features, proposer.weights)
    return Proposer(feats, w, proposer.config, kept(proposer.verifier_features, proposer.verifier_weights))


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def counts(items, predictions):
    from dateline.eval.events import evaluate
    rep = evaluate(items, predictions)
    return sum(rep.code.tp.values()), sum(rep.code.fp.values()), sum(rep.code.fn.values())


def cross_validate(texts, mode: str, targetless: bool, grid, hyper=HYPER, folds=FOLDS, by_set: bool = False):
    """Per set and (threshold, drop): (tp, fp, fn) of rules + learned; (set, None) the rules alone,
    on the same folds."""
    fold_of = {}
    position: dict[str, int] = {}
    for n, (name, *_rest) in enumerate(texts):
        fold_of[n] = position.get(name, 0) % folds        # every set spread evenly over the folds
        position[name] = position.get(name, 0) + 1
    if by_set:          # leave one set out: each set is coded by a model trained on the other sets only
        fold_of = {n: STUDIED.index(name) for n, (name, *_rest) in enumerate(texts)}
        folds = len(STUDIED)
    preds: dict[tuple, list] = {}
    for k in range(folds):
        train_texts = [t for n, t in enumerate(texts) if fold_of[n] != k]
        test = [(n, t) for n, t in enumerate(texts) if fold_of[n] == k]
        model = prune(train(train_texts, mode, targetless, 0.5, hyper))   # as shipped: pruned, float16
        for n, (name, item, doc, mentions, events, context) in test:
            scored = model.scored(doc, mentions, events)
            preds.setdefault((name, None), []).append((item, events))
            for setting in grid:
                th, drop, verify = setting
                coded = model.select(scored, events, context, threshold=th, drop=drop, verify=verify)
                preds.setdefault((name, setting), []).append((item, coded))
    return {key: counts([i for i, _ in pairs], [e for _, e in pairs]) for key, pairs in preds.items()}


def report(result, grid, out=sys.stdout):
    names = sorted({n for n, _ in result}, key=lambda n: STUDIED.index(n))
    groups = [(n, [n]) for n in names] + [("fresh(all)", ["events_fresh_even", "events_fresh2_even", "events_fresh3_even",
                                                                         "events_fresh4_even", "events_fresh5_even",
                                                                         "events_fresh6_even"]),
                                          ("all", names)]
    print(f"{'add,drop,verify':<16}" + "".join(f"{label[7:] if label.startswith('events_') else label:>13}"
                                            for label, _ in groups) + f"{'mean gain':>13}", file=out)
    for setting in [None] + list(grid):
        cells = []
        for label, members in groups:
            tp = sum(result[(m, setting)][0] for m in members)
            fp = sum(result[(m, setting)][1] for m in members)
            fn = sum(result[(m, setting)][2] for m in members)
            cells.append(f"{f1(tp, fp, fn):.3f}({tp - sum(result[(m, None)][0] for m in members):+d})")
        gains = []
        for m in names:
            gains.append(f1(*result[(m, setting)]) - f1(*result[(m, None)]))
        cells.append(f"{sum(gains) / len(gains):+.4f}")
        name = "rules" if setting is None else ",".join(f"{x:.2f}" for x in setting)
        print(f"{name:<16}" + "".join(f"{c:>13}" for c in cells), file=out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["cv", "train"])
    parser.add_argument("--mode", default="uncoded", choices=["uncoded", "all"])
    parser.add_argument("--no-targetless", action="store_true", help="no target-less candidates")
    parser.add_argument("--threshold", type=float, default=None, help="threshold to ship (train)")
    parser.add_argument("--drop", type=float, default=0.0, help="drop threshold to ship (train)")
    parser.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8")
    parser.add_argument("--drops", default="0,0.05,0.1,0.2")
    parser.add_argument("--verify", type=float, default=0.0, help="verifier threshold to ship (train)")
    parser.add_argument("--verifies", default="0")
    parser.add_argument("--by-set", action="store_true", help="leave-one-set-out instead of k-fold")
    parser.add_argument("--out", default=str(WEIGHTS))
    parser.add_argument("--l2", type=float, default=HYPER["l2"])
    parser.add_argument("--epochs", type=int, default=HYPER["epochs"])
    args = parser.parse_args(argv)
    hyper = dict(HYPER, l2=args.l2, epochs=args.epochs)
    started = time.time()
    texts = prepare()
    print(f"prepared {len(texts)} texts in {time.time() - started:.0f}s", file=sys.stderr)
    targetless = not args.no_targetless
    if args.command == "cv":
        grid = [(float(t), float(d), float(v)) for v in args.verifies.split(",") for d in args.drops.split(",")
                for t in args.thresholds.split(",")]
        result = cross_validate(texts, args.mode, targetless, grid, hyper, by_set=args.by_set)
        print(f"# {'leave-one-set-out' if args.by_set else f'{FOLDS}-fold'} CV, code-level F1 (tp gained vs rules), mode={args.mode} targetless={targetless} "
              f"hyper={hyper}")
        report(result, grid)
    else:
        threshold = args.threshold if args.threshold is not None else 0.5
        model = prune(train(texts, args.mode, targetless, threshold, hyper, args.drop, args.verify))
        model.save(Path(args.out))
        print(f"saved {args.out}: {len(model.features)} features, config {json.dumps(model.config)}")
    print(f"done in {time.time() - started:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
