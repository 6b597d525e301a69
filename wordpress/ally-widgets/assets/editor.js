/**
 * The Ally Widgets blocks in the block editor: one block per widget in widgets.json (given to this
 * script as window.allyWidgetsEditor), its attributes as the block's settings in the sidebar, and
 * the real widget as the preview (the widgets' loader, loaded with this script, upgrades it and
 * follows every change). Saved as a dynamic block: the page's markup is built in PHP.
 *
 * Plain JavaScript over WordPress's globals (wp.blocks, wp.element …): no build step.
 */
( function ( wp, data ) {
	'use strict';
	if ( ! wp || ! data ) {
		return;
	}
	var h = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var __ = wp.i18n.__;
	var be = wp.blockEditor;
	var c = wp.components;

	/** Dashicons for the widgets we know; a new widget gets the generic one. */
	var ICONS = {
		hotline: 'phone',
		'rights-card': 'id-alt',
		'five-ds': 'groups',
		'group-finder': 'location',
		report: 'megaphone',
		'response-plan': 'clipboard',
		'ways-to-help': 'heart',
	};

	/** The value a site-wide default gives an empty attribute (as the plugin's PHP does). */
	function sitewide( attribute ) {
		return attribute.sitewide ? data.defaults[ attribute.sitewide ] || '' : '';
	}

	/** The preview element's attributes: what the block sets, else the site-wide default. */
	function previewAttributes( widget, values ) {
		var out = {};
		widget.attributes.forEach( function ( attribute ) {
			var value = values[ attribute.key ];
			if ( attribute.type === 'boolean' ) {
				if ( value ) {
					out[ attribute.name ] = '';
				}
				return;
			}
			value = typeof value === 'string' && value.trim() !== '' ? value.trim() : sitewide( attribute );
			if ( value ) {
				out[ attribute.name ] = value;
			}
		} );
		return out;
	}

	function choices( attribute ) {
		var first = [ { label: __( 'Default', 'ally-widgets' ), value: '' } ];
		if ( attribute.control === 'heading-level' ) {
			return first.concat( [ '2', '3', '4', '5', '6' ].map( function ( v ) {
				return { label: 'h' + v, value: v };
			} ) );
		}
		if ( attribute.control === 'language' ) {
			return [ { label: __( 'The page’s language', 'ally-widgets' ), value: '' } ].concat(
				data.languages.map( function ( l ) {
					return { label: l.name, value: l.code };
				} )
			);
		}
		return first.concat( attribute.options.map( function ( v ) {
			return { label: v, value: v };
		} ) );
	}

	/** One setting in the sidebar. */
	function control( attribute, values, setAttributes ) {
		var key = attribute.key;
		var set = function ( value ) {
			var change = {};
			change[ key ] = value;
			setAttributes( change );
		};
		var common = { key: key, label: attribute.name, help: attribute.description };
		if ( attribute.type === 'boolean' ) {
			return h( c.ToggleControl, Object.assign( common, { checked: !! values[ key ], onChange: set } ) );
		}
		if ( attribute.options || attribute.control === 'heading-level' || attribute.control === 'language' ) {
			return h( c.SelectControl, Object.assign( common, { value: values[ key ] || '', options: choices( attribute ), onChange: set } ) );
		}
		var type = { phone: 'tel', url: 'url', feed: 'url' }[ attribute.control ] || 'text';
		var text = h( c.TextControl, Object.assign( common, { type: type, value: values[ key ] || '', placeholder: sitewide( attribute ), onChange: set } ) );
		if ( attribute.control !== 'feed' ) {
			return text;
		}
		return h( 'div', { key: key },
			text,
			h( be.MediaUploadCheck, null,
				h( be.MediaUpload, {
					allowedTypes: data.feedTypes,
					onSelect: function ( media ) {
						set( data.feedUrl + media.id );
					},
					render: function ( picker ) {
						return h( c.Button, { variant: 'secondary', onClick: picker.open }, __( 'Choose a list in the Media Library', 'ally-widgets' ) );
					},
				} )
			)
		);
	}

	function edit( widget ) {
		return function AllyWidgetEdit( props ) {
			var blockProps = be.useBlockProps();
			var own = widget.attributes.filter( function ( a ) {
				return ! a.common;
			} );
			var common = widget.attributes.filter( function ( a ) {
				return a.common;
			} );
			return h( Fragment, null,
				h( be.InspectorControls, null,
					h( c.PanelBody, { title: __( 'Settings', 'ally-widgets' ), initialOpen: true }, own.map( function ( a ) {
						return control( a, props.attributes, props.setAttributes );
					} ) ),
					h( c.PanelBody, { title: __( 'Language and look', 'ally-widgets' ), initialOpen: false }, common.map( function ( a ) {
						return control( a, props.attributes, props.setAttributes );
					} ) )
				),
				h( 'div', blockProps, h( widget.tag, previewAttributes( widget, props.attributes ) ) )
			);
		};
	}

	data.widgets.forEach( function ( widget ) {
		var attributes = {};
		widget.attributes.forEach( function ( a ) {
			attributes[ a.key ] = { type: a.type === 'boolean' ? 'boolean' : 'string' };
		} );
		wp.blocks.registerBlockType( widget.block, {
			apiVersion: 2,
			title: widget.title,
			description: widget.description,
			category: 'widgets',
			icon: ICONS[ widget.folder ] || 'admin-site-alt3',
			keywords: [ 'ally', widget.folder ],
			attributes: attributes,
			supports: { html: false },
			edit: edit( widget ),
			save: function () {
				return null;
			},
		} );
	} );
}( window.wp, window.allyWidgetsEditor ) );
