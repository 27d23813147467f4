#!/usr/bin/python3
# Trims the CSV files of kongvut/thai-province-data (formats/csv/) to the
# columns Thanrak uses. Run from this folder with the upstream folder as
# the argument:  ./trim.py ../../../shared/data/thai-places
import csv
import sys

src = sys.argv[1]


def rows(name):
    with open(f'{src}/{name}', encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f):
            if row['deleted_at']:
                continue  # retired upstream
            yield row


def write(name, header, data):
    with open(name, 'w', encoding='utf-8', newline='') as f:
        f.write(','.join(header) + '\n')
        for r in data:
            for v in r:
                assert ',' not in v and '"' not in v and '\n' not in v, v
            f.write(','.join(r) + '\n')


districts = list(rows('districts.csv'))
# DOPA province code = district code / 100; upstream province ids run 1-77.
province_code = {}
for d in districts:
    province_code.setdefault(d['province_id'], d['id'][:2])
    assert province_code[d['province_id']] == d['id'][:2]

write('provinces.csv', ['code', 'id', 'name_th', 'name_en'],
      sorted(([province_code[p['id']], p['id'], p['name_th'], p['name_en']]
              for p in rows('provinces.csv')), key=lambda r: r[0]))
write('districts.csv', ['code', 'province_code', 'name_th', 'name_en'],
      sorted(([d['id'], d['id'][:2], d['name_th'], d['name_en']] for d in districts),
             key=lambda r: r[0]))
write('subdistricts.csv', ['code', 'district_code', 'name_th', 'name_en', 'postcode'],
      sorted(([s['id'], s['district_id'], s['name_th'], s['name_en'], s['zip_code']]
              for s in rows('sub_districts.csv')), key=lambda r: r[0]))
