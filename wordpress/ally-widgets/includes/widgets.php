<?php
/**
 * The registered widgets and their attributes, from widgets.json (written by the library's build from
 * its widget registry and custom-elements.json): a widget added to the library needs no plugin code.
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

/**
 * The contents of widgets.json: `version`, `languages` and `widgets`.
 *
 * @return array{version: string, languages: array, widgets: array}
 */
function catalogue(): array {
	static $catalogue = null;
	if ( null === $catalogue ) {
		$json      = file_get_contents( __DIR__ . '/../widgets.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$catalogue = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $catalogue ) || empty( $catalogue['widgets'] ) ) {
			$catalogue = array(
				'version'   => '0',
				'languages' => array(),
				'widgets'   => array(),
			);
		}
	}
	return $catalogue;
}

/**
 * Every registered widget.
 *
 * @return array<int, array> Each with tag, folder, block, shortcode, title, description, attributes.
 */
function widgets(): array {
	return catalogue()['widgets'];
}

/**
 * The library's version (the files in dist/).
 */
function version(): string {
	return (string) catalogue()['version'];
}

/**
 * The shipped languages, each `code` and `name` (in itself).
 *
 * @return array<int, array{code: string, name: string}>
 */
function languages(): array {
	return catalogue()['languages'];
}

/**
 * The site-wide defaults from the settings page.
 *
 * @return array{hotline: string, lang: string, accent: string, feed: int}
 */
function defaults(): array {
	$saved = get_option( OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'hotline' => isset( $saved['hotline'] ) ? (string) $saved['hotline'] : '',
		'lang'    => isset( $saved['lang'] ) ? (string) $saved['lang'] : '',
		'accent'  => isset( $saved['accent'] ) ? (string) $saved['accent'] : '',
		'feed'    => isset( $saved['feed'] ) ? absint( $saved['feed'] ) : 0,
	);
}

/**
 * What a site-wide default puts into an attribute left empty (`feed` becomes the site list's address).
 *
 * @param string $which hotline, lang, accent or feed.
 */
function sitewide_value( string $which ): string {
	$defaults = defaults();
	if ( 'feed' === $which ) {
		return $defaults['feed'] ? site_feed_url() : '';
	}
	return $defaults[ $which ] ?? '';
}
