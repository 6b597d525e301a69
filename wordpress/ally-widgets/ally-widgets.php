<?php
/**
 * Plugin Name:       Ally Widgets
 * Plugin URI:        https://www.npmjs.com/package/ally-widgets
 * Description:       Hotline button, know-your-rights card, the 5 D's of bystander intervention, local groups directory and more, as blocks and shortcodes any author can use. Private: no tracking, no cookies, no outside requests.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Ally Widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ally-widgets
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

const PLUGIN_FILE = __FILE__;
const OPTION      = 'ally_widgets_defaults';

require_once __DIR__ . '/includes/phone.php';
require_once __DIR__ . '/includes/color.php';
require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/feeds.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', __NAMESPACE__ . '\register_assets' );
add_action( 'init', __NAMESPACE__ . '\register_shortcodes' );
add_action( 'init', __NAMESPACE__ . '\register_blocks' );
add_action( 'rest_api_init', __NAMESPACE__ . '\register_feed_routes' );
add_filter( 'upload_mimes', __NAMESPACE__ . '\allow_feed_uploads', 10, 2 );
add_filter( 'wp_check_filetype_and_ext', __NAMESPACE__ . '\check_feed_upload', 10, 3 );
add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\add_settings_page' );
