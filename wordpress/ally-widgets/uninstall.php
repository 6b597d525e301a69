<?php
/**
 * Removes the plugin's one option when the plugin is deleted (the lists in the Media Library stay).
 *
 * @package AllyWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ally_widgets_defaults' );
