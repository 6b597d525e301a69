<?php
/**
 * A widget's markup, built in PHP when the page is rendered (by a block or a shortcode), so the
 * HTML filter, wpautop and the classic editor's Visual tab never see it: every attribute escaped,
 * on one line, with a no-JavaScript fallback made only of inline content (a link), so it stays
 * whole even where WordPress wraps the shortcode in a paragraph.
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

/**
 * The widget's element with its attributes and fallback, and its script enqueued.
 *
 * @param array       $widget   A widget from widgets().
 * @param array       $values   Attribute values by attribute name (strings; booleans for toggles).
 * @param string|null $fallback The author's own fallback (safe HTML), or null for the plugin's.
 */
function render_widget( array $widget, array $values, ?string $fallback = null ): string {
	$values = with_sitewide_defaults( $widget, $values );
	$html   = '<' . $widget['tag'];
	foreach ( $widget['attributes'] as $attribute ) {
		$value = $values[ $attribute['name'] ] ?? null;
		if ( 'boolean' === $attribute['type'] ) {
			$html .= is_on( $value ) ? ' ' . $attribute['name'] : '';
		} elseif ( is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			$html .= ' ' . $attribute['name'] . '="' . esc_attr( trim( (string) $value ) ) . '"';
		}
	}
	$html .= '>' . ( $fallback ?? fallback( $widget, $values ) ) . '</' . $widget['tag'] . '>';
	enqueue_widgets_script();
	return $html;
}

/**
 * Fills the attributes the author left empty with the settings page's site-wide defaults.
 *
 * @param array $widget A widget from widgets().
 * @param array $values Attribute values by name.
 */
function with_sitewide_defaults( array $widget, array $values ): array {
	foreach ( $widget['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! empty( $attribute['sitewide'] ) && ( ! isset( $values[ $name ] ) || '' === trim( (string) $values[ $name ] ) ) ) {
			$values[ $name ] = sitewide_value( $attribute['sitewide'] );
		}
	}
	return $values;
}

/**
 * Whether a toggle's value means on (`collapsed`, `collapsed="true"`, a block's true).
 *
 * @param mixed $value The value.
 */
function is_on( mixed $value ): bool {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_scalar( $value ) && in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * The no-JavaScript fallback: a call link to the widget's number when it can be dialled, else a
 * link to its list of groups or the partner's first web address, else its title. Nothing when the number cannot be dialled: the widget
 * then shows its own notice, which a fallback would replace.
 *
 * @param array $widget A widget from widgets().
 * @param array $values Attribute values by name (site-wide defaults applied).
 */
function fallback( array $widget, array $values ): string {
	$names = array_column( $widget['attributes'], 'name' );
	foreach ( array( 'number', 'hotline' ) as $name ) {
		if ( in_array( $name, $names, true ) && isset( $values[ $name ] ) && '' !== trim( (string) $values[ $name ] ) ) {
			$phone = normalize_phone( (string) $values[ $name ] );
			if ( ! $phone ) {
				return '';
			}
			$who = trim( (string) ( $values['org'] ?? $values['hotline-label'] ?? '' ) );
			if ( '' !== $who ) {
				/* translators: 1: who answers, e.g. "GR Rapid Response", 2: the number. */
				$text = sprintf( __( 'Call %1$s: %2$s', 'ally-widgets' ), $who, $phone['display'] );
			} else {
				/* translators: %s: the number. */
				$text = sprintf( __( 'Call the hotline: %s', 'ally-widgets' ), $phone['display'] );
			}
			return '<a href="' . esc_url( $phone['tel'], array( 'tel' ) ) . '">' . esc_html( $text ) . '</a>';
		}
	}
	// Else the list of groups, or the partner's first web address (a sign-up, a donation page).
	foreach ( $widget['attributes'] as $attribute ) {
		$value = $values[ $attribute['name'] ] ?? '';
		if ( in_array( $attribute['control'], array( 'feed', 'url' ), true ) && is_string( $value ) && '' !== trim( $value ) ) {
			$url = esc_url( trim( $value ), array( 'http', 'https' ) );
			if ( '' !== $url ) {
				return '<a href="' . $url . '">' . esc_html( $widget['title'] ) . '</a>';
			}
		}
	}
	return '<strong>' . esc_html( $widget['title'] ) . '</strong>';
}
