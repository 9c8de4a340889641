package dev.ladderbench.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import java.util.Optional;

/**
 * The look of the workbench: the AtlantaFX theme under it, and for high contrast our own colours on top of
 * the dark one (pure black and white, saturated status colours, thick focus).
 */
public enum Theme {
    LIGHT("_Light", new PrimerLight().getUserAgentStylesheet(), null),
    DARK("_Dark", new PrimerDark().getUserAgentStylesheet(), null),
    HIGH_CONTRAST("_High contrast", new PrimerDark().getUserAgentStylesheet(), "high-contrast.css");

    private final String menuText;
    private final String base;
    private final String overlay;

    Theme(String menuText, String base, String overlay) {
        this.menuText = menuText;
        this.base = base;
        this.overlay = overlay;
    }

    /** The menu item's text, with its mnemonic. */
    public String menuText() {
        return menuText;
    }

    /** The application-wide user-agent stylesheet. */
    String base() {
        return base;
    }

    /** A stylesheet every window adds on top, if the theme has one. */
    Optional<String> overlay() {
        return Optional.ofNullable(overlay).map(name -> Theme.class.getResource(name).toExternalForm());
    }
}
