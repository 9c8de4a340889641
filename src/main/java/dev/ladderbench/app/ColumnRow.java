package dev.ladderbench.app;

import dev.ladderbench.core.data.ColumnProfile;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** One line of the column list: a column's profile, whether it is the target, and whether it is a feature. */
public final class ColumnRow {

    private final ColumnProfile profile;
    private final BooleanProperty feature = new SimpleBooleanProperty(this, "feature", true);
    private final ReadOnlyBooleanWrapper target = new ReadOnlyBooleanWrapper(this, "target");
    private boolean featureBeforeTarget = true;

    ColumnRow(ColumnProfile profile) {
        this.profile = profile;
    }

    public String name() {
        return profile.name();
    }

    public ColumnProfile profile() {
        return profile;
    }

    /** Whether the models may use this column; the user unchecks it to exclude the column. */
    public BooleanProperty featureProperty() {
        return feature;
    }

    public boolean isFeature() {
        return feature.get();
    }

    public ReadOnlyBooleanProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    public boolean isTarget() {
        return target.get();
    }

    /** The target is never a feature; when it stops being the target it gets back the user's choice. */
    void markTarget(boolean isTarget) {
        if (isTarget == target.get()) {
            return;
        }
        if (isTarget) {
            featureBeforeTarget = feature.get();
            feature.set(false);
        } else {
            feature.set(featureBeforeTarget);
        }
        target.set(isTarget);
    }
}
