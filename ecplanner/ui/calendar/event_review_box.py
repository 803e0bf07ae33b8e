"""The editor's 复盘 line for a past event: how it really did, and its uplift carried over.

Shown when the event ran on days with imported actuals (``domain.review.event_review``):
the realised uplift beside the planned one. "Use ×2.73" puts the realised figure in the
editor's uplift; "for every 天猫618 in the plan" makes the edit give the same uplift to
the plan's other events from the same catalog entry (its later 会员日s, say), in the same
undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ecplanner.domain.review.event_review import EventReview


class EventReviewBox(QWidget):
    """``review`` of the edited event; ``others`` how many plan events share its entry."""

    def __init__(self, review: EventReview, uplift: QDoubleSpinBox, others: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uplift = uplift
        measured = review.whole
        realised = measured.uplift or 0.0
        self.summary = QLabel(self.tr("Review: realised ×%1 over %2 selling days "
                                      "(planned ×%3)")
                              .replace("%1", f"{realised:.2f}")
                              .replace("%2", str(measured.days))
                              .replace("%3", f"{review.event.uplift:.2f}"))
        self.use = QPushButton(self.tr("Use ×%1").replace("%1", f"{realised:.2f}"))
        self.use.clicked.connect(lambda: uplift.setValue(round(realised, 2)))
        self.for_all = QCheckBox(self.tr("and for the plan's %n other “%1” event(s)", "",
                                         others).replace("%1", review.event.title))
        self.for_all.setVisible(others > 0)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary)
        row.addWidget(self.use)
        row.addWidget(self.for_all)
        row.addStretch(1)

    def carries_to_others(self) -> bool:
        return not self.for_all.isHidden() and self.for_all.isChecked()  # asked after close
