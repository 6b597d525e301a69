<?php
// WordPress set-up steps for test/wordpress/run.mjs, run with PHP's command line (Debian has no
// wp-cli): `php setup.php install <url>`, `php setup.php theme <slug>`, `php setup.php publish <id>`,
// `php setup.php option <name>`. Prints one line of JSON.
[ , $command ] = $argv + array( '', '' );
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'ALLY_WP_CONFIG' );
$_SERVER['HTTP_HOST']        = parse_url( getenv( 'ALLY_WP_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'ALLY_WP_URL' ), PHP_URL_PORT );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['SERVER_PROTOCOL']  = 'HTTP/1.1';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
add_filter( 'pre_wp_mail', '__return_false' ); // No mail from a test site (and no sendmail here).

$out = array();
switch ( $command ) {
	case 'install':
		$password = getenv( 'ALLY_WP_PASSWORD' );
		$result   = wp_install( 'Ally Widgets test site', 'administrator', 'administrator@example.org', false, '', $password );
		$out['version'] = get_bloginfo( 'version' );
		foreach ( array( 'author', 'contributor' ) as $role ) {
			$id = wp_insert_user(
				array(
					'user_login' => $role,
					'user_pass'  => $password,
					'user_email' => "$role@example.org",
					'role'       => $role,
				)
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() . "\n" );
				exit( 1 );
			}
		}
		$GLOBALS['wp_rewrite']->set_permalink_structure( '/%postname%/' );
		$activated = activate_plugin( 'ally-widgets/ally-widgets.php' );
		if ( is_wp_error( $activated ) ) {
			fwrite( STDERR, 'activate_plugin: ' . $activated->get_error_message() . "\n" );
			exit( 1 );
		}
		$out['plugins'] = get_option( 'active_plugins' );
		break;
	case 'theme':
		switch_theme( $argv[2] );
		$out['theme']      = get_stylesheet();
		$out['blockTheme'] = wp_is_block_theme();
		break;
	case 'publish':
		// As an Administrator publishing a Contributor's post from the list of posts.
		wp_set_current_user( 1 );
		wp_update_post(
			array(
				'ID'          => (int) $argv[2],
				'post_status' => 'publish',
			)
		);
		$out['status'] = get_post_status( (int) $argv[2] );
		break;
	case 'option':
		$out['value'] = get_option( $argv[2] );
		break;
	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 1 );
}
flush_rewrite_rules();
echo wp_json_encode( $out ), "\n";
