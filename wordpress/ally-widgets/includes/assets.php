<?php
/**
 * The widgets' script: dist/ally-widgets.js from the plugin's own folder, as a module, on the pages
 * that show a widget and on no other. WordPress 6.5 and later load it with the script-module API;
 * earlier versions (from 6.1) with a classic script handle whose tag gets `type="module"`.
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

const SCRIPT = 'ally-widgets';

/**
 * Registers the script (nothing is printed until a widget is rendered).
 */
function register_assets(): void {
	$url = plugins_url( 'dist/ally-widgets.js', PLUGIN_FILE );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( SCRIPT, $url, array(), version() );
	}
	// The classic handle: the script on WordPress before 6.5, and in the block editor on every version.
	wp_register_script( SCRIPT, $url, array(), version(), true );
	add_filter( 'script_loader_tag', __NAMESPACE__ . '\module_tag', 10, 2 );
}

/**
 * Loads the widgets' script on this page (called when a widget is rendered).
 */
function enqueue_widgets_script(): void {
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( SCRIPT );
	} else {
		wp_enqueue_script( SCRIPT );
	}
}

/**
 * Gives the classic handle's tag `type="module"` (the library's files are ES modules).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 */
function module_tag( string $tag, string $handle ): string {
	if ( SCRIPT !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
